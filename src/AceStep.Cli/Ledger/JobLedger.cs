using System.Data.Common;
using AceStep.Batch;
using AceStep.Cli.Commands.Batch;
using AceStep.Cli.Configuration;

namespace AceStep.Cli.Ledger;

/// <summary>
/// The durable record of every submitted job: the job table of the queue database (<c>queue.db</c> in the state
/// folder, or the PostgreSQL queue when one is configured). Each change is one committed transaction, so a crash or
/// Ctrl+C never loses a job id and a later <c>acestep status</c> can pick it up. A batch's jobs share the table but
/// belong to their batch: this ledger finds, lists and resumes single jobs only.
/// </summary>
internal sealed class JobLedger
{
    private readonly QueueLocation _queue;
    private readonly string _stateFolder;
    private readonly TimeProvider _clock;
    private readonly Action<string> _warn;

    public JobLedger(QueueLocation queue, string stateFolder, TimeProvider clock, Action<string> warn)
    {
        _queue = queue;
        _stateFolder = stateFolder;
        _clock = clock;
        _warn = warn;
    }

    /// <summary>Where the ledger lives, as shown to the user: the SQLite file, or the PostgreSQL address without credentials.</summary>
    public string Location => _queue.Display;

    public static JobLedger Open(RunContext context)
    {
        var stateFolder = Platform.StateFolder.Resolve(context.Environment);
        var queue = QueueLocation.Parse(context.Resolver().Resolve(ConfigKeys.Queue).Value, stateFolder, context.Environment.CurrentDirectory);
        return new JobLedger(queue, stateFolder, context.Environment.TimeProvider, context.Reporter.Warning);
    }

    /// <summary>Writes or replaces the job's row, committed before this returns.</summary>
    public void Save(LedgerEntry entry) => Use(async store =>
    {
        await store.SaveJobAsync(LedgerRecords.ToRecord(entry)).ConfigureAwait(false);
        return true;
    });

    /// <summary>The single job with this id (the newest, should two servers have given the same id), or null.</summary>
    public LedgerEntry? Find(string jobId) => NothingRecordedYet ? null : Use(async store =>
        (await store.FindJobAsync(jobId).ConfigureAwait(false)).Where(IsSingleJob).Select(LedgerRecords.ToEntry).FirstOrDefault());

    /// <summary>Every single job, newest first.</summary>
    public IReadOnlyList<LedgerEntry> List() => NothingRecordedYet ? [] : Use<IReadOnlyList<LedgerEntry>>(async store =>
        [.. (await store.ListJobsAsync(0).ConfigureAwait(false)).Where(IsSingleJob).Select(LedgerRecords.ToEntry)]);

    private static bool IsSingleJob(JobRecord record) => record.BatchId is null;

    /// <summary>A read never creates the database: with no file and nothing to import there is nothing to find.</summary>
    private bool NothingRecordedYet =>
        !_queue.IsPostgres && !File.Exists(_queue.Target) && !Directory.Exists(JsonLedgerImport.FolderIn(_stateFolder));

    /// <summary>
    /// Opens the store for one operation (the CLI makes a few per run; nothing stays open between them). Callers are
    /// synchronous and run without a synchronisation context, so waiting here cannot deadlock.
    /// </summary>
    private T Use<T>(Func<IBatchStore, Task<T>> operation) => UseAsync(operation).GetAwaiter().GetResult();

    private async Task<T> UseAsync<T>(Func<IBatchStore, Task<T>> operation)
    {
        try
        {
            await using var store = _queue.IsPostgres
                ? await BatchStores.OpenPostgresAsync(_queue.Target).ConfigureAwait(false)
                : await BatchStores.OpenSqliteAsync(_queue.Target, _clock).ConfigureAwait(false);
            await JsonLedgerImport.RunOnceAsync(store, _stateFolder, _warn).ConfigureAwait(false);
            return await operation(store).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException)
        {
            // Reported like any other unwritable ledger: the callers that must carry on (a job already running) catch IOException.
            throw new IOException($"the job ledger {Location} cannot be used: {ex.Message}", ex);
        }
    }
}
