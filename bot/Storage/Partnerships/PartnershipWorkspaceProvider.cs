using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Storage.Partnerships;

/// <summary>
/// Loads the user's collaborations (in creation order, so "open 2" stays stable) with answers and checklists,
/// and their quiz record, for the dialogs to read.
/// </summary>
internal sealed class PartnershipWorkspaceProvider(ObligationSync obligations) : ITurnInputsProvider
{
    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inputs);
        var (channel, user) = (turn.User.Channel, turn.User.Id);
        var rows = await db.Collaborations.AsNoTracking()
            .Where(c => c.CreatedByChannel == channel && c.CreatedByUserId == user)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var answers = (await db.Answers.AsNoTracking().Where(a => ids.Contains(a.CollaborationId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.CollaborationId);
        var items = (await db.ChecklistItems.AsNoTracking().Where(i => ids.Contains(i.CollaborationId)).ToListAsync(cancellationToken))
            .ToLookup(i => i.CollaborationId);
        var quiz = await db.QuizScores.AsNoTracking().FirstOrDefaultAsync(q => q.Channel == channel && q.UserId == user, cancellationToken);

        var collaborations = rows
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new CollaborationRecord
            {
                Id = r.Id,
                Title = r.Title,
                Status = Enum.Parse<CollaborationStatus>(r.Status),
                Answers = ToAnswers(answers[r.Id]),
                CreatedBy = r.CreatedByName ?? r.CreatedByUserId,
                Checklist = [.. items[r.Id].OrderBy(i => i.Position).Select(ToRecord)],
                UpdatedAt = r.UpdatedAt,
                SubmittedAt = r.SubmittedAt,
            })
            .ToList();
        var record = quiz is null ? null : new QuizRecord(quiz.BestScore, quiz.Total, quiz.Attempts);
        return inputs.With(new PartnershipWorkspace(collaborations, record) { Obligations = await LoadObligationsAsync(db, ids, cancellationToken) });
    }

    /// <summary>The obligations with their next scheduled reminder (in the owner's local time) and any delivery problem.</summary>
    private async Task<IReadOnlyList<ObligationRecord>> LoadObligationsAsync(BotDbContext db, List<Guid> collaborationIds, CancellationToken cancellationToken)
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
            return new ObligationRecord
            {
                Id = o.Id,
                CollaborationId = o.CollaborationId,
                Kind = o.Kind,
                Title = o.Title,
                Due = o.Due,
                SourceId = o.SourceId,
                Note = o.Note,
                Status = o.Status,
                DoneBy = o.DoneBy,
                DoneAt = o.DoneAt,
                SnoozedUntil = o.SnoozedUntil is { } s && s > DateTimeOffset.MinValue ? TimeZoneInfo.ConvertTime(s, zone) : null,
                NextReminder = next is { } n ? TimeZoneInfo.ConvertTime(n, zone) : null,
                Problem = undeliverable is not null && (next is null || next < undeliverable.SendAt) ? undeliverable.LastError ?? "the channel refused the message" : null,
            };
        })];
    }

    internal static Answers ToAnswers(IEnumerable<AnswerRow> rows) =>
        rows.Aggregate(Answers.Empty, (answers, row) =>
            answers.With(row.QuestionId, JsonSerializer.Deserialize<string[]>(row.ValuesJson) ?? []));

    private static ChecklistItemRecord ToRecord(ChecklistItemRow row) => new()
    {
        ItemId = row.ItemId,
        Text = row.Text,
        Source = row.Source,
        Due = row.Due,
        Owner = row.Owner,
        Done = row.Done,
        DoneBy = row.DoneBy,
        DoneAt = row.DoneAt,
    };
}
