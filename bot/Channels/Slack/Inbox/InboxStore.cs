using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

public enum InboxAddResult
{
    Added,
    Duplicate,
    Full,

    /// <summary>This partition (one user) already has its share of waiting rows; others may still add.</summary>
    PartitionFull,
}

/// <summary>How much is waiting, for the logs: rows not done yet and the arrival time of the oldest.</summary>
public sealed record InboxDepth(int Waiting, DateTimeOffset? OldestArrival);

/// <summary>
/// The inbox table: one small insert per acknowledged request, claims with a lease (and <c>FOR UPDATE SKIP
/// LOCKED</c> on PostgreSQL) so each row is worked by one instance and a dead instance's claim is taken over,
/// rows of one partition in arrival order.
/// </summary>
public sealed class InboxStore(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock)
{
    // One statement, so two workers (or instances) never claim the same row; PostgreSQL also skips rows another
    // instance is claiming right now instead of waiting for it.
    private const string ClaimSql = """
        UPDATE inbox SET "ClaimedBy" = {0}, "LeaseUntil" = {1}, "Attempts" = "Attempts" + 1
        WHERE "Id" = (
            SELECT i."Id" FROM inbox i
            WHERE i."DoneAt" IS NULL AND (i."LeaseUntil" IS NULL OR i."LeaseUntil" < {2})
              AND NOT EXISTS (SELECT 1 FROM inbox j WHERE j."PartitionKey" = i."PartitionKey" AND j."DoneAt" IS NULL AND j."Id" < i."Id")
            ORDER BY i."Id" LIMIT 1 /*lock*/)
        RETURNING *
        """;

    /// <summary>
    /// Adds a row unless the inbox holds <paramref name="capacity"/> waiting rows, or this partition (one user)
    /// holds <paramref name="partitionCapacity"/>: one member clicking fast fills their share, not everyone's.
    /// </summary>
    public async Task<InboxAddResult> TryAddAsync(string kind, string partitionKey, string dedupKey, string payload, int capacity, int partitionCapacity,
        CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Inbox.CountAsync(x => x.DoneAt == null, cancellationToken) >= capacity)
        {
            return InboxAddResult.Full;
        }

        if (await db.Inbox.CountAsync(x => x.DoneAt == null && x.PartitionKey == partitionKey, cancellationToken) >= partitionCapacity)
        {
            // A resend of a row already waiting is still only a duplicate.
            return await db.Inbox.AnyAsync(x => x.DedupKey == dedupKey, cancellationToken) ? InboxAddResult.Duplicate : InboxAddResult.PartitionFull;
        }

        // A retry of a delivery already here (Slack resends an event it thinks we missed) is not a second row.
        var inserted = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO inbox ("Kind", "PartitionKey", "DedupKey", "Payload", "ReceivedAt", "Attempts")
            VALUES ({0}, {1}, {2}, {3}, {4}, 0) ON CONFLICT DO NOTHING
            """,
            [kind, partitionKey, dedupKey, payload, Instant(db, clock.GetUtcNow())],
            cancellationToken);
        return inserted == 1 ? InboxAddResult.Added : InboxAddResult.Duplicate;
    }

    /// <summary>
    /// The oldest row nobody holds whose partition has no earlier unfinished row, claimed for
    /// <paramref name="lease"/>; null when there is none.
    /// </summary>
    public async Task<InboxRow?> ClaimAsync(string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // A read first: idle workers poll, and the claim's UPDATE would take SQLite's write lock every time.
        if (!await db.Inbox.AnyAsync(x => x.DoneAt == null && (x.LeaseUntil == null || x.LeaseUntil < now), cancellationToken))
        {
            return null;
        }

        var sql = db.Database.IsSqlite() ? ClaimSql.Replace("/*lock*/", "", StringComparison.Ordinal) : ClaimSql.Replace("/*lock*/", "FOR UPDATE SKIP LOCKED", StringComparison.Ordinal);
        var claimed = await db.Inbox.FromSqlRaw(sql, owner, Instant(db, now + lease), Instant(db, now)).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    /// <summary>Marks a row applied, with the replies still to send, in the turn's transaction.</summary>
    public static Task<int> MarkAppliedAsync(TurnTransaction turn, long id, DateTimeOffset at, string? outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.ExecuteAsync(
            """UPDATE inbox SET "AppliedAt" = @at, "Outbox" = @outbox WHERE "Id" = @id AND "AppliedAt" IS NULL""",
            cancellationToken,
            ("@at", turn.Instant(at)), ("@outbox", outbox), ("@id", id));
    }

    /// <summary>Nothing is left to do for the row (its replies are out). Idempotent.</summary>
    public async Task MarkDoneAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Inbox.Where(x => x.Id == id && x.DoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DoneAt, now).SetProperty(x => x.Outbox, (string?)null)
                .SetProperty(x => x.ClaimedBy, (string?)null).SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>
    /// Gives back unfinished claims whose owner starts with <paramref name="ownerPrefix"/> ("" for all), so they are
    /// taken at once instead of after their lease.
    /// </summary>
    public async Task<int> ReleaseAsync(string ownerPrefix, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Inbox.Where(x => x.DoneAt == null && x.ClaimedBy != null && x.ClaimedBy.StartsWith(ownerPrefix))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedBy, (string?)null).SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    public async Task<int> PruneAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Inbox.Where(x => x.DoneAt != null && x.DoneAt < doneBefore).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<InboxDepth> DepthAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = db.Inbox.Where(x => x.DoneAt == null);
        var count = await waiting.CountAsync(cancellationToken);
        var oldest = count == 0 ? null : await waiting.OrderBy(x => x.Id).Select(x => (DateTimeOffset?)x.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        return new InboxDepth(count, oldest);
    }

    internal static object Instant(BotDbContext db, DateTimeOffset at) => SqlInstant.Of(db.Database.IsSqlite(), at);
}
