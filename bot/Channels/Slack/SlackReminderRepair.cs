using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Storage;
using PartnershipBot.Storage.Reminders;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Earlier versions sent the owner's TEAM:USER key to conversations.open, so Slack reminders were marked
/// undeliverable with user_not_found. Once the database is ready this puts those reminders of open obligations
/// back on the schedule (and reopens their delivery records), so they go out now. Running it again finds nothing.
/// </summary>
public sealed class SlackReminderRepair(
    IDbContextFactory<BotDbContext> contextFactory, DatabaseStatus status, TimeProvider clock, ILogger<SlackReminderRepair> logger) : BackgroundService
{
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
        if (stuck.Count > 0)
        {
            SlackLog.RemindersRepaired(logger, stuck.Count);
        }

        return stuck.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await status.Ready.WaitAsync(stoppingToken);
            await RepairAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (DbException ex)
        {
            SlackLog.RepairFailed(logger, ex.GetType().Name, ex);
        }
    }
}
