using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Reminders;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Earlier versions sent the owner's TEAM:USER key to conversations.open, so Slack reminders were marked
/// undeliverable with user_not_found. This data repair (run once, after the schema migrations) puts those reminders
/// of open obligations back on the schedule and reopens their delivery records, so they go out now.
/// </summary>
public sealed class SlackReminderRepair(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock) : IDataRepair
{
    public string Id => "2026-11-slack-reminder-user-ids";

    public Task<int> RunAsync(CancellationToken cancellationToken) => RepairAsync(cancellationToken);

    public async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var stuck = await (
            from r in db.Reminders
            join o in db.Obligations on r.ObligationId equals o.Id
            where r.Status == ReminderStatus.Undeliverable && r.LastError == SlackReminderChannel.UserNotFound
                && o.OwnerChannel == ChannelIds.Slack && o.Status == ObligationStatus.Open && r.Kind != ReminderKinds.Escalation
            select r).ToListAsync(cancellationToken);
        var keys = stuck.Select(r => r.Key).ToList();
        var deliveries = await db.ReminderDeliveries.Where(d => keys.Contains(d.Key)).ToListAsync(cancellationToken);
        foreach (var reminder in stuck)
        {
            reminder.Status = ReminderStatus.Scheduled;
            reminder.LastError = null;
            reminder.NextAttemptAt = null;
        }

        foreach (var delivery in deliveries)
        {
            delivery.CompletedAt = null;
            delivery.Outcome = null;
            delivery.LeaseUntil = now;
        }

        await db.SaveChangesAsync(cancellationToken);

        return stuck.Count;
    }
}
