using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Flows.People;
using PartnershipBot.Partnerships;
using PartnershipBot.Telemetry;
using PartnershipBot.Turns;

namespace PartnershipBot.Reminders;

/// <summary>
/// Sends the reminders that are due: the Quartz job calls it every sweep interval, and its first run after
/// start-up is the catch-up for anything that fell due while the host was down. Reminder rows say what is due;
/// delivery records (<see cref="ReminderDeliveryLedger"/>) make each occurrence go out once.
/// </summary>
public sealed class ReminderDispatcher(
    IDbContextFactory<BotDbContext> contextFactory,
    IEnumerable<IReminderChannel> channels,
    ReminderDeliveryLedger ledger,
    ObligationSync sync,
    ReminderMessages messages,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderDispatcher> logger)
{
    private const int BatchSize = 100;
    private static readonly TimeSpan NotNowDelay = TimeSpan.FromMinutes(15);
    private readonly Dictionary<string, IReminderChannel> byName = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);

    /// <summary>Sends what is due now; <paramref name="onlyChannel"/> limits it to one owner channel (the console).</summary>
    /// <returns>How many messages were delivered.</returns>
    public async Task<int> RunDueAsync(string? onlyChannel, CancellationToken cancellationToken)
    {
        using var activity = BotTelemetry.Source.StartActivity("reminders.sweep");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var delivered = 0;

        // A round can add reminders that are due at once (an escalation after an undeliverable one), hence a few.
        for (var round = 0; round < 3; round++)
        {
            var due = await TakeDueAsync(onlyChannel, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var item in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                delivered += await DeliverAsync(item, cancellationToken) ? 1 : 0;
            }
        }

        BotTelemetry.SweepDuration.Record(BotTelemetry.SecondsSince(started));
        return delivered;
    }

    private sealed record DueReminder(ReminderRow Reminder, ObligationRow Obligation, string CollaborationTitle);

    /// <summary>
    /// The due reminders worth sending. Of several due owner reminders of one obligation (after downtime) only the
    /// newest goes out and the rest are marked superseded; reminders of a closed or snoozed obligation are settled.
    /// </summary>
    private async Task<List<DueReminder>> TakeDueAsync(string? onlyChannel, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reminders
            .Where(r => r.Status == ReminderStatus.Scheduled && r.SendAt <= now && (r.NextAttemptAt == null || r.NextAttemptAt <= now))
            .OrderBy(r => r.SendAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var obligationIds = rows.Select(r => r.ObligationId).Distinct().ToList();
        var obligations = await db.Obligations.Where(o => obligationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var collaborationIds = obligations.Values.Select(o => o.CollaborationId).Distinct().ToList();
        var titles = await db.Collaborations.Where(c => collaborationIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);

        var due = new List<DueReminder>();
        foreach (var group in rows.GroupBy(r => (r.ObligationId, Owner: ReminderKinds.IsForOwner(r.Kind))))
        {
            if (!obligations.TryGetValue(group.Key.ObligationId, out var obligation) || obligation.Status != ObligationStatus.Open)
            {
                Settle(group, ReminderStatus.Cancelled);
                continue;
            }

            if (onlyChannel is not null && (obligation.OwnerChannel != onlyChannel || !group.Key.Owner))
            {
                continue;
            }

            var ordered = group.OrderByDescending(r => r.SendAt).ToList();
            if (group.Key.Owner && obligation.SnoozedUntil > now)
            {
                Settle(ordered.Where(r => r.Kind != ReminderKinds.Snooze), ReminderStatus.Snoozed);
                ordered = [.. ordered.Where(r => r.Kind == ReminderKinds.Snooze && r.SendAt <= now)];
                if (ordered.Count == 0)
                {
                    continue;
                }
            }

            Settle(ordered.Skip(1), ReminderStatus.Superseded);
            due.Add(new DueReminder(ordered[0], obligation, titles.GetValueOrDefault(obligation.CollaborationId, "your collaboration")));
            BotTelemetry.RemindersDue.Add(1, BotTelemetry.Channel(obligation.OwnerChannel));
        }

        await db.SaveChangesAsync(cancellationToken);
        return due;
    }

    private static void Settle(IEnumerable<ReminderRow> rows, string status)
    {
        foreach (var row in rows)
        {
            row.Status = status;
        }
    }

    private async Task<bool> DeliverAsync(DueReminder item, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (reminder, obligation, title) = item;
        var contact = options.Value.Compliance;
        var escalation = reminder.Kind == ReminderKinds.Escalation;
        if (escalation && !contact.IsConfigured)
        {
            await RecordAsync(reminder, now, new DeliveryResult(DeliveryOutcome.Undeliverable, "no compliance contact is configured (Reminders:Compliance)"), claimed: false, cancellationToken);
            ReminderLog.NoComplianceContact(logger, obligation.Id);
            return false;
        }

        if (!await ledger.TryClaimAsync(reminder, now, cancellationToken))
        {
            return false;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, sync.TimeZoneOf(obligation.TimeZone)).DateTime);

        // The owner's person decides where: their chosen channel, or the one they used last. The claim above is
        // per reminder, not per account, so a person with two accounts still gets each reminder once.
        // The owner reads it in the language of the account it reaches; the compliance contact in its configured one.
        var (owner, culture) = await OwnerTargetAsync(obligation, cancellationToken);
        DeliveryResult result;
        if (escalation)
        {
            var ownerUnreachable = reminder.Key.EndsWith(UndeliverableSuffix, StringComparison.Ordinal);
            var needsRule = reminder.Key.EndsWith(ObligationSync.ComplianceSuffix, StringComparison.Ordinal);
            var message = needsRule ? messages.RuleNeeded(obligation, title, contact.Culture) : messages.ForCompliance(obligation, title, ownerUnreachable, today, contact.Culture);
            result = await SendAsync(contact.Channel!, c => c.SendToComplianceAsync(contact, message, cancellationToken));
            if (result.Outcome == DeliveryOutcome.Delivered && !ownerUnreachable && !needsRule)
            {
                // Telling the owner is a courtesy: if it fails, the escalation itself still counts as sent.
                await SendAsync(owner.Channel, c => c.SendToUserAsync(owner.UserId, ReminderMessages.EscalationNotice(obligation, contact.NameIn(culture), culture), cancellationToken));
            }
        }
        else
        {
            result = await SendAsync(owner.Channel, c => c.SendToUserAsync(owner.UserId, messages.ForOwner(obligation, title, reminder.Kind, today, culture), cancellationToken));
        }

        await RecordAsync(reminder, now, result, claimed: true, cancellationToken);
        return result.Outcome == DeliveryOutcome.Delivered;
    }

    private const string UndeliverableSuffix = ":undeliverable";

    private async Task<(LinkedAccount Account, CultureInfo Culture)> OwnerTargetAsync(ObligationRow obligation, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await PersonLinks.DeliveryAccountAsync(db, obligation.OwnerChannel, obligation.OwnerUserId, byName.ContainsKey, cancellationToken);
        return (account, await UserCultures.OfAccountAsync(db, account.Channel, account.UserId, cancellationToken));
    }

    private async Task<DeliveryResult> SendAsync(string channel, Func<IReminderChannel, Task<DeliveryResult>> send)
    {
        if (!byName.TryGetValue(channel, out var target))
        {
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"the {channel} channel is not available");
        }

        try
        {
            return await send(target);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ReminderLog.SendFailed(logger, channel, e.GetType().Name, e);
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"sending failed ({e.GetType().Name})");
        }
    }

    /// <summary>Completes the delivery record and moves the reminder on, in one save.</summary>
    private async Task RecordAsync(ReminderRow sent, DateTimeOffset now, DeliveryResult result, bool claimed, CancellationToken cancellationToken)
    {
        // Not the caller's token: the send happened, so its outcome must be written even while the host stops.
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        var reminder = await db.Reminders.SingleAsync(r => r.Id == sent.Id, CancellationToken.None);
        var obligation = await db.Obligations.SingleAsync(o => o.Id == reminder.ObligationId, CancellationToken.None);
        var delivery = claimed ? await db.ReminderDeliveries.SingleAsync(d => d.Key == reminder.Key, CancellationToken.None) : null;
        var settings = options.Value;
        switch (result.Outcome)
        {
            case DeliveryOutcome.Delivered:
                reminder.Status = ReminderStatus.Sent;
                reminder.SentAt = now;
                reminder.Attempts++;
                Complete(delivery, now, ReminderStatus.Sent);
                ObligationSync.AddEvent(db, obligation, reminder.Kind == ReminderKinds.Escalation ? "escalated" : "reminder.sent", reminder.Kind, "bot", now);
                if (reminder.Kind == ReminderKinds.Overdue)
                {
                    // Overdue reminders repeat until done: plan the next ones as these go out.
                    await sync.PlanAsync(db, obligation, now, CancellationToken.None);
                }

                ReminderLog.Delivered(logger, reminder.Id, reminder.Kind);
                (reminder.Kind == ReminderKinds.Escalation ? BotTelemetry.RemindersEscalated : BotTelemetry.RemindersSent).Add(1, BotTelemetry.Channel(obligation.OwnerChannel));
                break;

            case DeliveryOutcome.Undeliverable:
                reminder.Status = ReminderStatus.Undeliverable;
                reminder.LastError = Trim(result.Error);
                reminder.Attempts++;
                Complete(delivery, now, ReminderStatus.Undeliverable);
                ObligationSync.AddEvent(db, obligation, "reminder.undeliverable", reminder.Kind, "bot", now);
                if (reminder.Kind != ReminderKinds.Escalation && settings.Compliance.IsConfigured)
                {
                    // The owner cannot be reached: compliance hears of it now rather than after the overdue cycle.
                    await ObligationSync.AddReminderOnceAsync(db, obligation, $"{obligation.Id:N}{UndeliverableSuffix}", ReminderKinds.Escalation, now, now, CancellationToken.None);
                }

                ReminderLog.Undeliverable(logger, reminder.Id, reminder.LastError ?? "");
                BotTelemetry.RemindersUndeliverable.Add(1, BotTelemetry.Channel(obligation.OwnerChannel));
                break;

            case DeliveryOutcome.NotNow:
                reminder.NextAttemptAt = now + NotNowDelay;
                Release(delivery, now);
                break;

            default:
                reminder.Attempts++;
                reminder.LastError = Trim(result.Error);
                if (reminder.Attempts >= settings.MaxAttempts)
                {
                    reminder.Status = ReminderStatus.Failed;
                    Complete(delivery, now, ReminderStatus.Failed);
                    ObligationSync.AddEvent(db, obligation, "reminder.failed", reminder.Kind, "bot", now);
                    ReminderLog.GaveUp(logger, reminder.Id, reminder.Attempts, reminder.LastError ?? "");
                }
                else
                {
                    // 1, 4, 16, 64 minutes... capped at six hours: quick for a blip, patient for an outage.
                    var minutes = Math.Min(Math.Pow(4, reminder.Attempts - 1), 360);
                    reminder.NextAttemptAt = now + TimeSpan.FromMinutes(minutes);
                    Release(delivery, now);
                    ReminderLog.WillRetry(logger, reminder.Id, reminder.Attempts, reminder.LastError ?? "");
                }

                break;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static void Complete(ReminderDeliveryRow? delivery, DateTimeOffset now, string outcome)
    {
        if (delivery is not null)
        {
            delivery.CompletedAt = now;
            delivery.Outcome = outcome;
        }
    }

    private static void Release(ReminderDeliveryRow? delivery, DateTimeOffset now)
    {
        if (delivery is not null)
        {
            delivery.LeaseUntil = now;
        }
    }

    private static string? Trim(string? error) => error is { Length: > 200 } ? error[..200] : error;
}
