using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Reminders;

/// <summary>
/// Adds the obligations of the user's collaborations to the workspace Storage loaded (so it is registered after
/// it, in ReminderServices): reading them needs the owner's time zone rules, which belong to Reminders.
/// </summary>
internal sealed class ObligationInputsProvider(ObligationSync obligations) : ITurnInputsProvider
{
    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Get<PartnershipWorkspace>() is not { } workspace)
        {
            return inputs;
        }

        var ids = workspace.Collaborations.Select(c => c.Id).ToList();
        if (ids.Count == 0 || workspace.Collaborations.All(c => c.SubmittedAt is null))
        {
            // Obligations are made when a collaboration is submitted: none submitted yet (a new user, every turn of
            // a first interview), none to read, so skip the two queries.
            return inputs;
        }

        return inputs.With(workspace with { Obligations = await LoadAsync(db, ids, cancellationToken) });
    }

    /// <summary>The obligations with their next scheduled reminder (in the owner's local time) and any delivery problem.</summary>
    private async Task<IReadOnlyList<ObligationRecord>> LoadAsync(BotDbContext db, List<Guid> collaborationIds, CancellationToken cancellationToken)
    {
        var rows = await db.Obligations.AsNoTracking().Where(o => collaborationIds.Contains(o.CollaborationId)).ToListAsync(cancellationToken);
        var openIds = rows.Where(o => o.Status == ObligationStatus.Open).Select(o => o.Id).ToList();
        var reminders = (await db.Reminders.AsNoTracking()
                .Where(r => openIds.Contains(r.ObligationId) && (r.Status == ReminderStatus.Scheduled || r.Status == ReminderStatus.Undeliverable))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.ObligationId);
        return [.. rows.Select(o =>
        {
            var zone = obligations.TimeZoneOf(o.TimeZone);
            var mine = reminders[o.Id].Where(r => ReminderKinds.IsForOwner(r.Kind)).ToList();
            var next = mine.Where(r => r.Status == ReminderStatus.Scheduled).Select(r => (DateTimeOffset?)r.SendAt).Min();
            var undeliverable = mine.Where(r => r.Status == ReminderStatus.Undeliverable).OrderByDescending(r => r.SendAt).FirstOrDefault();
            return o.ToRecord() with
            {
                SnoozedUntil = o.SnoozedUntil is { } s && s > DateTimeOffset.MinValue ? TimeZoneInfo.ConvertTime(s, zone) : null,
                NextReminder = next is { } n ? TimeZoneInfo.ConvertTime(n, zone) : null,
                Problem = undeliverable is not null && (next is null || next < undeliverable.SendAt) ? undeliverable.LastError ?? "the channel refused the message" : null,
            };
        })];
    }
}
