-- wrk script for the simulator's /query_result: each request asks for one or two ids, a mix of known (finished
-- jobs seeded by `scenario seed-jobs`, read from $ACESTEP_BENCH_IDS) and unknown ids, as polling clients do.
local bodies = {}
local index = 0

function init(args)
  local ids = {}
  local file = assert(io.open(os.getenv("ACESTEP_BENCH_IDS"), "r"))
  for line in file:lines() do
    if #line > 0 then ids[#ids + 1] = line end
  end
  file:close()
  for i, id in ipairs(ids) do
    bodies[#bodies + 1] = '{"task_id_list":["' .. id .. '"]}'
    bodies[#bodies + 1] = '{"task_id_list":["' .. id .. '","unknown-' .. i .. '"]}'
    bodies[#bodies + 1] = '{"task_id_list":["unknown-only-' .. i .. '"]}'
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  index = index % #bodies + 1
  return wrk.format(nil, "/query_result", nil, bodies[index])
end

-- Prints the figures bench/run.sh reads, in the same `metric NAME VALUE` form as the dotnet scenarios.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("metric requests_per_second %.1f\n", summary.requests / seconds))
  io.write(string.format("metric p50_ms %.3f\n", latency:percentile(50) / 1000))
  io.write(string.format("metric p99_ms %.3f\n", latency:percentile(99) / 1000))
  io.write(string.format("metric errors %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
