using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AceStep.Batch.Tests.Support;

/// <summary>
/// A real PostgreSQL for the tests: the server named by <c>ACESTEP_TEST_POSTGRES</c> (a connection string whose
/// role may create databases; CI sets it), else a throwaway cluster of this machine's PostgreSQL binaries
/// (<c>initdb</c> into a temp folder, <c>pg_ctl start</c> on a free port, run as the <c>postgres</c> user when
/// the tests run as root), stopped and deleted afterwards. Each test gets a database of its own.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "ACESTEP_TEST_POSTGRES";

    private string? _clusterFolder;
    private string? _binaries;
    private string _adminConnectionString = string.Empty;

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        _adminConnectionString = string.IsNullOrWhiteSpace(given) ? await StartClusterAsync() : given;
    }

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "acestep_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_clusterFolder is null)
        {
            return;
        }

        await RunAsync(Path.Combine(_binaries!, "pg_ctl"), ["-D", Path.Combine(_clusterFolder, "data"), "-m", "immediate", "-w", "stop"]);
        Directory.Delete(_clusterFolder, recursive: true);
    }

    private async Task<string> StartClusterAsync()
    {
        _binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries found under /usr/lib/postgresql: install the 'postgresql' package or set {EnvironmentVariable} to a connection string.");
        _clusterFolder = Path.Combine(Path.GetTempPath(), "acestep-pg-" + Path.GetRandomFileName());
        Directory.CreateDirectory(_clusterFolder);
        if (IsRoot())
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _clusterFolder]);
        }

        var data = Path.Combine(_clusterFolder, "data");
        await RunAsync(Path.Combine(_binaries, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
        var port = FreePort();
        var settings = $"-p {port} -k {_clusterFolder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(_clusterFolder, "log"), "-w", "start"]);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    private static bool IsRoot() => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL tool, as the postgres user when we are root (the server refuses to run as root).</summary>
    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var asPostgres = IsRoot() && program != "chown";
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var part in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}{await output}");
        }
    }
}
