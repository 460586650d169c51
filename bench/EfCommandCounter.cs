using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// Counts the commands EF sends, reads (queries) and writes, and the connections it opens (each open of a pooled
/// connection used to send the SQLite pragmas as one more command). Plain ADO commands are not seen.
/// </summary>
internal sealed class EfCommandCounter : DbCommandInterceptor, IDbConnectionInterceptor
{
    private long reads;
    private long writes;
    private long opens;

    public long Opens => Interlocked.Read(ref opens);

    public long Reads => Interlocked.Read(ref reads);

    public long Writes => Interlocked.Read(ref writes);

    public void Reset()
    {
        Interlocked.Exchange(ref reads, 0);
        Interlocked.Exchange(ref writes, 0);
        Interlocked.Exchange(ref opens, 0);
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref opens);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref opens);
        return Task.CompletedTask;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref writes);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref writes);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return ValueTask.FromResult(result);
    }

    private void Count(DbCommand command)
    {
        // EF sends SaveChanges' INSERT/UPDATE ... RETURNING through a reader.
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref reads);
        }
        else
        {
            Interlocked.Increment(ref writes);
        }
    }
}
