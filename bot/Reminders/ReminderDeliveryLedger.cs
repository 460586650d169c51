using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Reminders;

/// <summary>
/// The delivery records: one per reminder occurrence, claimed with a lease before the send. Whoever inserts the
/// record (or takes over an expired lease) sends; everyone else skips. So several sweeps, instances or a restart
/// never send one occurrence twice, except once after a crash between the send and its completion.
/// </summary>
public sealed class ReminderDeliveryLedger(IDbContextFactory<BotDbContext> contextFactory, IOptions<ReminderOptions> options)
{
    public async Task<bool> TryClaimAsync(ReminderRow reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var leaseUntil = now + options.Value.DeliveryLease;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.ReminderDeliveries.AsNoTracking().AnyAsync(d => d.Key == reminder.Key, cancellationToken) is false)
            {
                db.ReminderDeliveries.Add(new ReminderDeliveryRow { Key = reminder.Key, ReminderId = reminder.Id, StartedAt = now, LeaseUntil = leaseUntil, Attempts = 1 });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                }
                catch (DbUpdateException)
                {
                    // Another sweep inserted it between our check and our insert: it sends.
                    return false;
                }
            }
        }

        // The record exists: take it over only if it is unfinished and its lease has run out (a failed or crashed
        // attempt). The conditional update lets exactly one contender win.
        await using var again = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = await again.ReminderDeliveries
            .Where(d => d.Key == reminder.Key && d.CompletedAt == null && d.LeaseUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, leaseUntil).SetProperty(d => d.StartedAt, now).SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken);
        return taken == 1;
    }
}
