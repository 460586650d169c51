using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// Group commit on SQLite, which has one writer anyway: instead of every turn opening its own transaction and
/// waiting (busy_timeout sleeps) for the write lock, one writer takes the write phases of all turns waiting at that
/// moment and runs them in ONE transaction, each inside its own SAVEPOINT (a write that fails or asks to be undone
/// rolls back to its savepoint and touches no other turn), commits once, and only then releases each turn (which
/// then sends its replies: save-before-send holds). With synchronous=NORMAL a commit costs a WAL append, so the
/// batch shares one commit and one lock acquisition instead of paying them per turn. A turn that finds nobody
/// committing commits at once on its own thread (leader); turns arriving meanwhile are committed together next.
/// </summary>
public sealed class SqliteGroupCommit : ITurnWriter, IAsyncDisposable, IDisposable
{
    // A batch is what is waiting when the writer gets to it; the cap only bounds one transaction's size.
    private const int MaxBatch = 512;
    private const string Savepoint = "turn";

    private readonly IDbContextFactory<BotDbContext> contextFactory;
    private readonly DbContextOptions<BotDbContext> options;
    private readonly ILogger<SqliteGroupCommit> logger;
    private readonly ConcurrentQueue<Job> queue = new();
    private readonly SemaphoreSlim takeOver = new(0);
    private readonly Thread writer;
    private SqliteConnection? connection;
    private int leading;
    private volatile bool disposed;
    private long commits;
    private long writes;

    public SqliteGroupCommit(IDbContextFactory<BotDbContext> contextFactory, DbContextOptions<BotDbContext> options, ILogger<SqliteGroupCommit> logger)
    {
        this.contextFactory = contextFactory;
        this.options = options;
        this.logger = logger;

        // Under load the commits run on a thread of their own, not the thread pool: every turn waits for them, so
        // they must not queue behind the turns' read phases for a pool thread. SQLite answers synchronously anyway.
        writer = new Thread(RunWriter) { IsBackground = true, Name = "sqlite group commit" };
        writer.Start();
    }

    /// <summary>Transactions committed so far (for the bench: commits per turn).</summary>
    public long Commits => Interlocked.Read(ref commits);

    /// <summary>Writes run so far, committed or not.</summary>
    public long Writes => Interlocked.Read(ref writes);

    public Task<bool> WriteAsync(Func<TurnTransaction, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(disposed, this);
        var job = new Job(write, cancellationToken);
        queue.Enqueue(job);
        if (Interlocked.CompareExchange(ref leading, 1, 0) == 0)
        {
            // Nobody is committing: commit now on this thread, so a quiet bot pays no handoff. If more arrived
            // meanwhile, the writer thread carries on with them and this turn goes on to send its replies.
            CommitBatch();
            if (queue.IsEmpty)
            {
                Resign();
            }
            else
            {
                takeOver.Release();
            }
        }

        return job.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.Run(Dispose);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        takeOver.Release();
        writer.Join();
        connection?.Dispose();
    }

    private void RunWriter()
    {
        while (true)
        {
            takeOver.Wait();
            while (!queue.IsEmpty)
            {
                CommitBatch();
            }

            if (disposed)
            {
                return;
            }

            Resign();
        }
    }

    /// <summary>
    /// Stops leading. A write queued just before found someone leading and relies on that: if one is there, lead
    /// again (through the writer thread) instead of leaving it waiting.
    /// </summary>
    private void Resign()
    {
        Volatile.Write(ref leading, 0);
        if (!queue.IsEmpty && Interlocked.CompareExchange(ref leading, 1, 0) == 0)
        {
            takeOver.Release();
        }
    }

    private void CommitBatch()
    {
        var batch = new List<Job>(Math.Min(queue.Count, MaxBatch));
        while (batch.Count < MaxBatch && queue.TryDequeue(out var job))
        {
            batch.Add(job);
        }

        if (batch.Count == 0)
        {
            return;
        }

        Commit(batch);
        foreach (var job in batch)
        {
            job.Complete();
        }
    }

    private void Commit(List<Job> batch)
    {
        SqliteTransaction? transaction = null;
        try
        {
            var open = connection ??= Open();

            // IMMEDIATE: take the write lock now (waiting for another process or an in-process writer outside the
            // turn pipeline, such as the reminder sweep), not halfway through the batch.
            transaction = open.BeginTransaction(deferred: false);
            foreach (var job in batch)
            {
                Run(job, open, transaction);
            }

            transaction.Commit();
            Interlocked.Increment(ref commits);
            Interlocked.Add(ref writes, batch.Count);
            SqliteGroupCommitLog.Committed(logger, batch.Count);
        }
        catch (Exception ex)
        {
            // The transaction itself failed (the lock not granted in time, the disk, the file gone): nothing of the
            // batch is committed, so every write in it fails with the reason and its turn answers as for any failure.
            SqliteGroupCommitLog.BatchFailed(logger, batch.Count, ex.GetType().Name, ex);
            try
            {
                transaction?.Rollback();
            }
            catch (SqliteException)
            {
                // SQLite may have rolled back already; the connection is replaced below either way.
            }

            connection?.Dispose();
            connection = null;
            foreach (var job in batch)
            {
                job.Fail(ex);
            }
        }
        finally
        {
            transaction?.Dispose();
        }
    }

    private void Run(Job job, SqliteConnection open, SqliteTransaction transaction)
    {
        if (job.CancellationToken.IsCancellationRequested)
        {
            job.Fail(new OperationCanceledException(job.CancellationToken));
            return;
        }

        transaction.Save(Savepoint);
        try
        {
            using var turn = new TurnTransaction(transaction, isSqlite: true, () => Enlist(open, transaction));

            // Blocking is fine on this thread: the write's database calls complete synchronously on SQLite.
            job.Kept = job.Write(turn, job.CancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            job.Fail(ex);
        }

        if (!job.Kept)
        {
            // If even this fails, the transaction is broken: the caller fails the whole batch.
            transaction.Rollback(Savepoint);
        }

        transaction.Release(Savepoint);
    }

    /// <summary>A context on the batch's connection and transaction, for a write that needs EF (effects).</summary>
    private BotDbContext Enlist(SqliteConnection open, SqliteTransaction transaction)
    {
        // Not from the pooled factory: a pooled context keeps a connection set with SetDbConnection when it goes
        // back to the pool (EF restores neither the connection nor its connection string), so the next turn's reads
        // would run on this writer's connection, inside its open transaction.
        var db = new BotDbContext(options);
        db.Database.SetDbConnection(open, contextOwnsConnection: false);
        db.Database.UseTransaction(transaction);

        // The savepoint is ours; EF's own (around SaveChanges in a caller's transaction) would only add statements.
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }

    private SqliteConnection Open()
    {
        using var db = contextFactory.CreateDbContext();
        var opened = new SqliteConnection(db.Database.GetConnectionString());
        opened.Open();
        SqliteConnectionSettings.Apply(opened);
        return opened;
    }

    private sealed class Job(Func<TurnTransaction, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        private Exception? error;

        public Func<TurnTransaction, CancellationToken, Task<bool>> Write { get; } = write;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        // Continuations (sending the replies) must not run on the writer.
        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Kept { get; set; }

        public void Fail(Exception exception)
        {
            error ??= exception;
            Kept = false;
        }

        public void Complete()
        {
            if (error is null)
            {
                Completion.TrySetResult(Kept);
            }
            else if (error is OperationCanceledException canceled)
            {
                Completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                Completion.TrySetException(error);
            }
        }
    }
}

internal static partial class SqliteGroupCommitLog
{
    [LoggerMessage(2010, LogLevel.Trace, "Committed {Count} turns in one transaction.")]
    public static partial void Committed(ILogger logger, int count);

    [LoggerMessage(2011, LogLevel.Warning, "A group commit of {Count} turns failed ({Error}); none of them was saved.")]
    public static partial void BatchFailed(ILogger logger, int count, string error, Exception exception);
}
