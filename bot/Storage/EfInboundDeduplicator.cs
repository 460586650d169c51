using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Storage;

/// <summary>
/// Inbound delivery ids on the database, so a retry is recognised even by another instance or after a restart.
/// Old keys are pruned now and then (not on every call) to keep the table small.
/// </summary>
internal sealed class EfInboundDeduplicator(
    IDbContextFactory<BotDbContext> contextFactory,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<EfInboundDeduplicator> logger) : IInboundDeduplicator
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);
    private long nextPruneTicks;

    public async Task<bool> TryMarkSeenAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = clock.GetUtcNow();
        await PruneIfDueAsync(now, cancellationToken);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.InboundKeys.AnyAsync(x => x.Key == key, cancellationToken))
        {
            return false;
        }

        db.InboundKeys.Add(new InboundKeyRow { Key = key, SeenAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same key won the insert race; anything else is a real failure.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await fresh.InboundKeys.AnyAsync(x => x.Key == key, cancellationToken))
            {
                return false;
            }

            throw;
        }
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
        StorageLog.PrunedInboundKeys(logger, pruned, cutoff);
    }
}
