using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Reminders;

/// <summary>Done: records who and when, and cancels every reminder still scheduled for the obligation.</summary>
internal sealed class CompleteObligationHandler : EffectHandler<CompleteObligation>
{
    protected override async Task ApplyAsync(CompleteObligation effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        if (await OwnedOpenAsync(db, effect.ObligationId, turn, cancellationToken) is not { } row)
        {
            return;
        }

        row.Status = ObligationStatus.Done;
        row.DoneBy = effect.Actor;
        row.DoneById = ActorIds.Of(turn);
        row.DoneAt = effect.At;
        row.UpdatedAt = effect.At;
        ObligationSync.AddEvent(db, row, "done", null, effect.Actor, effect.At, ActorIds.Of(turn));
        await ObligationSync.CancelPendingAsync(db, row.Id, ReminderStatus.Cancelled, _ => true, cancellationToken);
    }

    /// <summary>The obligation, if it is open and the turn's user owns it; a stale or foreign id changes nothing.</summary>
    internal static async Task<ObligationRow?> OwnedOpenAsync(BotDbContext db, Guid id, Turn turn, CancellationToken cancellationToken)
    {
        var row = await db.Obligations.FindAsync([id], cancellationToken);
        return row is { Status: ObligationStatus.Open } && await PersonLinks.IsSamePersonAsync(db, turn, row.OwnerChannel, row.OwnerUserId, cancellationToken) ? row : null;
    }
}

/// <summary>Snooze: the owner's reminders due before the end of the snooze are held, and one comes at its end.</summary>
internal sealed class SnoozeObligationHandler : EffectHandler<SnoozeObligation>
{
    protected override async Task ApplyAsync(SnoozeObligation effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        if (await CompleteObligationHandler.OwnedOpenAsync(db, effect.ObligationId, turn, cancellationToken) is not { } row)
        {
            return;
        }

        row.SnoozedUntil = effect.Until;
        row.UpdatedAt = effect.At;
        ObligationSync.AddEvent(db, row, "snoozed", $"until {effect.Until:yyyy-MM-dd HH:mm}Z", effect.Actor, effect.At, ActorIds.Of(turn));
        await ObligationSync.CancelPendingAsync(db, row.Id, ReminderStatus.Snoozed,
            r => ReminderKinds.IsForOwner(r.Kind) && r.SendAt < effect.Until, cancellationToken);
        await ObligationSync.AddReminderOnceAsync(db, row, $"{row.Id:N}:snooze:{effect.Until.UtcTicks}", ReminderKinds.Snooze, effect.Until, effect.At, cancellationToken);
    }

}

/// <summary>"remind me about N on DATE": one more reminder at the local send hour of that day.</summary>
internal sealed class RemindAboutObligationHandler(ObligationSync sync, Microsoft.Extensions.Options.IOptions<ReminderOptions> options)
    : EffectHandler<RemindAboutObligation>
{
    protected override async Task ApplyAsync(RemindAboutObligation effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        if (await CompleteObligationHandler.OwnedOpenAsync(db, effect.ObligationId, turn, cancellationToken) is not { } row)
        {
            return;
        }

        var zone = sync.TimeZoneOf(row.TimeZone);
        var local = effect.On.ToDateTime(options.Value.LocalTime, DateTimeKind.Unspecified);
        var sendAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone), TimeSpan.Zero);
        ObligationSync.AddEvent(db, row, "reminder.requested", $"{effect.On:yyyy-MM-dd}", effect.Actor, effect.At, ActorIds.Of(turn));
        await ObligationSync.AddReminderOnceAsync(db, row, $"{row.Id:N}:custom:{effect.On:yyyyMMdd}", ReminderKinds.Custom, sendAt, effect.At, cancellationToken);
    }
}
