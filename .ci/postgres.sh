#!/usr/bin/env bash
# Sourced by .ci/run and bench/batch.sh. start_postgres: Debian's PostgreSQL server (installed with apt-get when
# missing), a throwaway cluster in a temp folder on a free port (as the postgres user when running as root);
# exports ACESTEP_TEST_POSTGRES. stop_postgres: stops it and deletes the folder. Needs a log function.
PG_DIR=""; PG_BIN=""; PG_AS=()
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    log "installing: postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || { log "apt-get postgresql failed"; return 1; }
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_DIR=$(mktemp -d -t acestep-ci-pg-XXXXXX)
  chmod 755 "$PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DIR"; PG_AS=(runuser -u postgres --); fi
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null || { log "initdb failed"; return 1; }
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(shuf -i 20000-60000 -n 1)
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue  # taken
    if "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
        -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null; then
      export ACESTEP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      log "postgresql on 127.0.0.1:$port"
      return 0
    fi
  done
  log "postgresql did not start: $(tail -n 5 "$PG_DIR/log" 2>/dev/null)"
  return 1
}
stop_postgres() {
  if [ -n "$PG_DIR" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
}
