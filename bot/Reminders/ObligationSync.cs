using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;

namespace PartnershipBot.Reminders;

/// <summary>Who an obligation's reminders go to: the collaboration's creator, where they created it.</summary>
public sealed record ReminderOwner(string Channel, string UserId, string? Name, string? TimeZone);

/// <summary>
/// Keeps a collaboration's stored obligations in step with its answers (the pack's disclosure rules decide what
/// is due when) and plans their reminder rows. Only stages changes on the given DbContext: the caller saves, so a
/// turn's answers, obligations and reminders commit together.
/// </summary>
public sealed class ObligationSync(GuidancePack pack, IOptions<ReminderOptions> options) : ICollaborationSubmittedHandler
{
    private readonly DisclosureCalendar calendar = new(pack.Disclosure);

    /// <summary>The reminders go to the collaboration's creator, where they created it.</summary>
    public Task OnSubmittedAsync(BotDbContext db, SubmittedCollaboration submitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var row = submitted.Row;
        var owner = new ReminderOwner(row.CreatedByChannel, row.CreatedByUserId, row.CreatedByName, submitted.OwnerTimeZone);
        return SyncAsync(db, row.Id, submitted.Answers, owner, submitted.Actor, submitted.At, cancellationToken, submitted.ActorId);
    }

    public async Task SyncAsync(BotDbContext db, Guid collaborationId, Answers answers, ReminderOwner owner, string actor, DateTimeOffset now, CancellationToken cancellationToken, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(owner);
        var computed = calendar.Obligations(answers);
        var rows = await TrackedRows.ListAsync(db.Obligations, o => o.CollaborationId == collaborationId, cancellationToken);
        foreach (var obligation in computed)
        {
            var row = rows.FirstOrDefault(r => r.Key == obligation.Key);
            if (row is null)
            {
                row = new ObligationRow
                {
                    Id = Guid.NewGuid(),
                    CollaborationId = collaborationId,
                    Key = obligation.Key,
                    Kind = obligation.Kind,
                    Title = obligation.Title,
                    SourceId = obligation.SourceId,
                    Status = ObligationStatus.Open,
                    OwnerChannel = owner.Channel,
                    OwnerUserId = owner.UserId,
                    CreatedAt = now,
                };
                db.Obligations.Add(row);
                AddEvent(db, row, "created", Describe(obligation.Due), actor, now, actorId);
            }
            else if (row.Status == ObligationStatus.Open && obligation.Met)
            {
                // Planned reminders of a duty that is now met (the agreement was signed) are not sent.
                await CancelPendingAsync(db, row.Id, ReminderStatus.Cancelled, _ => true, cancellationToken);
            }
            else
            {
                if (row.Status == ObligationStatus.Withdrawn)
                {
                    row.Status = ObligationStatus.Open;
                    AddEvent(db, row, "restored", null, actor, now, actorId);
                }

                if (row.Due != obligation.Due)
                {
                    AddEvent(db, row, "due_changed", $"{Describe(row.Due)} -> {Describe(obligation.Due)}", actor, now, actorId);
                }
            }

            row.Due = obligation.Due;
            row.Title = obligation.Title;
            row.SourceId = obligation.SourceId;
            row.Note = obligation.Note;
            row.OwnerName = owner.Name;
            row.TimeZone = owner.TimeZone ?? row.TimeZone;
            row.UpdatedAt = now;
            if (row.Status == ObligationStatus.Open && obligation.Met)
            {
                // Done is done: the answers say it is already met, so it is recorded with who said so and when.
                row.Status = ObligationStatus.Done;
                row.DoneBy = actor;
                row.DoneById = actorId;
                row.DoneAt = now;
                AddEvent(db, row, "done", "recorded as met from the answers", actor, now, actorId);
            }

            if (row.Status == ObligationStatus.Open)
            {
                await PlanAsync(db, row, now, cancellationToken);
                if (obligation.ForCompliance)
                {
                    // No rule or no confirmed date: the compliance contact hears of it now, once.
                    await AddReminderOnceAsync(db, row, $"{row.Id:N}{ComplianceSuffix}", ReminderKinds.Escalation, now, now, cancellationToken);
                }
            }
        }

        foreach (var gone in rows.Where(r => r.Status == ObligationStatus.Open && computed.All(c => c.Key != r.Key)))
        {
            // The answers no longer produce it (support type now "none", end date removed): keep it, withdrawn.
            gone.Status = ObligationStatus.Withdrawn;
            gone.UpdatedAt = now;
            AddEvent(db, gone, "withdrawn", null, actor, now, actorId);
            await CancelPendingAsync(db, gone.Id, ReminderStatus.Cancelled, _ => true, cancellationToken);
        }
    }

    /// <summary>
    /// Adds the obligation's lead, overdue and escalation reminders that are missing, moves scheduled ones whose
    /// time changed and cancels scheduled ones the plan no longer has. Sent rows are history and stay as they are.
    /// </summary>
    public async Task PlanAsync(BotDbContext db, ObligationRow obligation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(obligation);
        var settings = options.Value;
        var policy = pack.Disclosure.Reminders;
        if (obligation.Kind == DisclosureCalendar.Kickoff)
        {
            // The January kick-off is itself the early warning: one reminder on the day, none in December.
            policy = policy with { LeadDays = [0] };
        }

        var reminders = await TrackedRows.ListAsync(db.Reminders, r => r.ObligationId == obligation.Id, cancellationToken);
        var plan = new Dictionary<string, ReminderOccurrence>();
        if (obligation.Due is { } due && obligation.Status == ObligationStatus.Open)
        {
            var zone = TimeZoneOf(obligation.TimeZone);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var cadences = Math.Max(settings.OverdueHorizon, policy.EscalateAfterOverdue + 1);
            var until = (due > today ? due : today).AddDays(policy.OverdueEveryDays * cadences);
            var occurrence = new Obligation(obligation.Kind, obligation.Key, obligation.Title, due, obligation.SourceId);
            foreach (var planned in ReminderPlanner.Plan(occurrence, policy, zone.Id, until, settings.LocalTime))
            {
                plan[$"{obligation.CollaborationId:N}:{planned.Key}@{due:yyyyMMdd}"] = planned;
            }
        }

        foreach (var (key, planned) in plan)
        {
            var kind = KindOf(planned.Kind);
            var existing = reminders.FirstOrDefault(r => r.Key == key);
            if (existing is not null)
            {
                if (existing.Status == ReminderStatus.Scheduled)
                {
                    existing.SendAt = planned.SendAt;
                }

                continue;
            }

            // A reminder whose time passed before it was planned (a start date already past) is not sent late;
            // one snoozed past is not sent at all.
            if (planned.SendAt < now || (ReminderKinds.IsForOwner(kind) && obligation.SnoozedUntil > planned.SendAt))
            {
                continue;
            }

            db.Reminders.Add(ReminderRow.Scheduled(obligation.Id, key, kind, planned.SendAt, now));
        }

        foreach (var stale in reminders.Where(r => r.Status == ReminderStatus.Scheduled && IsPlannedKind(r.Kind) && !plan.ContainsKey(r.Key)))
        {
            stale.Status = ReminderStatus.Cancelled;
        }
    }

    /// <summary>Sets the status of the obligation's scheduled reminders that match.</summary>
    public static async Task CancelPendingAsync(BotDbContext db, Guid obligationId, string status, Func<ReminderRow, bool> which, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var row in await TrackedRows.ListAsync(db.Reminders, r => r.ObligationId == obligationId && r.Status == ReminderStatus.Scheduled, cancellationToken))
        {
            if (which(row))
            {
                row.Status = status;
            }
        }
    }

    /// <summary>Adds a reminder (snooze end, custom, escalation) unless one with its key exists.</summary>
    public static async Task AddReminderOnceAsync(BotDbContext db, ObligationRow row, string key, string kind, DateTimeOffset sendAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Reminders.Local.Any(r => r.Key == key) || await db.Reminders.AnyAsync(r => r.Key == key, cancellationToken))
        {
            return;
        }

        db.Reminders.Add(ReminderRow.Scheduled(row.Id, key, kind, sendAt, now));
    }

    public static void AddEvent(BotDbContext db, ObligationRow obligation, string action, string? detail, string actor, DateTimeOffset at, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(obligation);
        db.ObligationEvents.Add(new ObligationEventRow { ObligationId = obligation.Id, Action = action, Detail = detail, Actor = actor, ActorId = actorId, At = at });
    }

    public TimeZoneInfo TimeZoneOf(string? id) => ReminderPlanner.Zone(string.IsNullOrWhiteSpace(id) ? options.Value.DefaultTimeZone : id);

    /// <summary>Key suffix of the escalation that tells compliance an obligation has no configured or confirmed rule.</summary>
    public const string ComplianceSuffix = ":compliance";

    private static string Describe(DateOnly? due) => due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no fixed date";

    private static bool IsPlannedKind(string kind) => kind is ReminderKinds.Lead or ReminderKinds.Overdue or ReminderKinds.Escalation;

    private static string KindOf(ReminderKind kind) => kind switch
    {
        ReminderKind.Lead => ReminderKinds.Lead,
        ReminderKind.Overdue => ReminderKinds.Overdue,
        _ => ReminderKinds.Escalation,
    };
}
