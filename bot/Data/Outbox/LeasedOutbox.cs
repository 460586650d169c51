using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Data;

/// <summary>
/// What every durable outbox does the same way: find the rows due, claim one with a lease (a conditional update
/// only one sender wins, so two instances never send the same row at once), and space the retries.
/// </summary>
public static class LeasedOutbox
{
    /// <summary>The ids of up to <paramref name="take"/> rows waiting in <paramref name="pending"/>, due and not leased, oldest first.</summary>
    public static Task<List<Guid>> DueAsync<TRow>(DbSet<TRow> set, string pending, DateTimeOffset now, Expression<Func<TRow, DateTimeOffset>> order, int take, CancellationToken cancellationToken)
        where TRow : class, IOutboxRow
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.AsNoTracking()
            .Where(r => r.Status == pending && r.NextAttemptAt <= now && (r.LeaseUntil == null || r.LeaseUntil <= now))
            .OrderBy(order)
            .Select(r => r.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Claims the row until <paramref name="leaseUntil"/> and counts the attempt; null when another sender has it or it is no longer pending.</summary>
    public static async Task<TRow?> ClaimAsync<TRow>(DbSet<TRow> set, Guid id, string pending, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
        where TRow : class, IOutboxRow
    {
        ArgumentNullException.ThrowIfNull(set);
        var taken = await set
            .Where(r => r.Id == id && r.Status == pending && (r.LeaseUntil == null || r.LeaseUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, leaseUntil).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
        return taken == 1 ? await set.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken) : null;
    }

    /// <summary>The wait after a failed attempt: <paramref name="first"/>, doubled after each further one, at most <paramref name="max"/>.</summary>
    public static TimeSpan RetryDelay(int attempts, TimeSpan first, TimeSpan max) =>
        TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
}
