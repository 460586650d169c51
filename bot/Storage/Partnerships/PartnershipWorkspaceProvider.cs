using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Storage.Partnerships;

/// <summary>
/// Loads the user's collaborations (in creation order, so "open 2" stays stable) with answers and checklists,
/// and their quiz record, for the dialogs to read. Reminders adds the obligations (ObligationInputsProvider).
/// </summary>
internal sealed class PartnershipWorkspaceProvider : ITurnInputsProvider
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
        return inputs.With(new PartnershipWorkspace(collaborations, record));
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
