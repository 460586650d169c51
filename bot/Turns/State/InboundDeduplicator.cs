using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// Inbound delivery ids on the database, so a retry is recognised even by another instance or after a restart.
/// Old keys are pruned now and then (not on every call) to keep the table small.
/// </summary>
internal sealed class InboundDeduplicator(
    IDbContextFactory<BotDbContext> contextFactory,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<InboundDeduplicator> logger) : IInboundDeduplicator
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);
    private long nextPruneTicks;

    public async Task<bool> TryMarkSeenAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = clock.GetUtcNow();
        await PruneIfDueAsync(now, cancellationToken);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InboundKeys.TryInsertAsync(db, key, now, cancellationToken);
    }

    private async Task PruneIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextPruneTicks, now.Add(PruneInterval).UtcTicks, due) != due)
        {
            return;
        }

        var cutoff = now - options.Value.DedupeRetention;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pruned = await db.InboundKeys.Where(x => x.SeenAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        DataLog.PrunedInboundKeys(logger, pruned, cutoff);
    }
}
