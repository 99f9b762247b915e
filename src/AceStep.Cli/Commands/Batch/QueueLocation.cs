using System.Data.Common;
using AceStep.Batch;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Batch;

/// <summary>
/// Where the batch queue lives: a PostgreSQL database (<c>postgres://user@host:5432/db</c>, or a keyword string
/// <c>Host=…;Database=…</c>) shared by a farm of client hosts, or a SQLite file on this machine. Its password
/// never travels in a flag or a file the CLI prints: PostgreSQL's own PGPASSWORD or ~/.pgpass supply it.
/// </summary>
internal sealed record QueueLocation(bool IsPostgres, string Target, string Display)
{
    public const string DefaultFileName = "queue.db";

    public static QueueLocation Parse(string? configured, string stateFolder, string currentDirectory)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.Combine(stateFolder, DefaultFileName);
            return new QueueLocation(false, path, path);
        }

        var text = configured.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                throw CliException.Usage("The queue address is not a valid postgres:// URL.", "Example: --queue postgres://acestep@queue-host:5432/acestep");
            }

            RefusePassword(uri.UserInfo.Contains(':', StringComparison.Ordinal));
            return new QueueLocation(true, text, $"postgres://{uri.Host}{(uri.IsDefaultPort || uri.Port < 0 ? "" : $":{uri.Port}")}{uri.AbsolutePath}");
        }

        if (text.Contains("host=", StringComparison.OrdinalIgnoreCase))
        {
            var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            RefusePassword(parts.Any(part => part.StartsWith("password", StringComparison.OrdinalIgnoreCase) || part.StartsWith("pwd", StringComparison.OrdinalIgnoreCase)));
            var shown = parts.Where(part => part.StartsWith("host", StringComparison.OrdinalIgnoreCase) || part.StartsWith("port", StringComparison.OrdinalIgnoreCase) || part.StartsWith("database", StringComparison.OrdinalIgnoreCase));
            return new QueueLocation(true, text, "PostgreSQL " + string.Join(';', shown));
        }

        var file = Path.GetFullPath(text, currentDirectory);
        if (Directory.Exists(file))
        {
            throw CliException.Usage($"The queue {file} is a folder; give a SQLite file (it is created when missing) or a postgres:// address.");
        }

        return new QueueLocation(false, file, file);
    }

    /// <summary>Opens the queue, creating or upgrading its schema.</summary>
    public async Task<IBatchStore> OpenAsync(TimeProvider clock, CancellationToken cancellation)
    {
        try
        {
            return IsPostgres
                ? await BatchStores.OpenPostgresAsync(Target, cancellation)
                : await BatchStores.OpenSqliteAsync(Target, clock, cancellation);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new CliException(
                ExitCode.Unavailable,
                "queue_unavailable",
                $"Cannot open the queue {Display}: {ex.Message}",
                IsPostgres
                    ? "Check that the database is up and that the role may connect (and CREATE the first time); the password comes from PGPASSWORD or ~/.pgpass."
                    : "Check that the file's folder is writable, or choose another queue with --queue.");
        }
    }

    private static void RefusePassword(bool hasPassword)
    {
        if (hasPassword)
        {
            throw CliException.Usage(
                "The queue address contains a password; it would show in process lists and files.",
                "Leave it out and give it through PostgreSQL's own PGPASSWORD variable or ~/.pgpass file.");
        }
    }
}
