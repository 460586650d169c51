using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

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
        if (await PersonLinks.PersonOfAsync(db, channel, user, cancellationToken) is { } personId)
        {
            // Linked accounts: the person's collaborations and scores from every channel (LinkedWorkspace).
            return inputs.With(await LinkedWorkspace.LoadAsync(db, personId, cancellationToken));
        }

        var rows = await ToListAsync(CollaborationsOf.For(db)(db, channel, user), cancellationToken);
        var quiz = await QuizOf.For(db)(db, channel, user, cancellationToken);
        if (rows.Count == 0)
        {
            // Most turns of a new user (help, the first "new"): no answers or checklists to look for.
            return inputs.With(new PartnershipWorkspace([], ToRecord(quiz)));
        }

        var answers = (await ToListAsync(AnswersOf.For(db)(db, channel, user), cancellationToken)).ToLookup(a => a.CollaborationId);
        var items = (await ToListAsync(ChecklistItemsOf.For(db)(db, channel, user), cancellationToken)).ToLookup(i => i.CollaborationId);

        var collaborations = rows
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => ToRecord(r, ToAnswers(answers[r.Id]), items[r.Id].OrderBy(i => i.Position)))
            .ToList();
        return inputs.With(new PartnershipWorkspace(collaborations, ToRecord(quiz)));
    }

    // Compiled once per provider (Set<T>, not the extension properties: expression trees cannot hold those): these run on every turn, and EF's per-query cache lookup (hashing the expression tree) is a
    // measurable part of a turn (bench `stages`). The answers and items join on the owner instead of a list of
    // ids, so the queries do not depend on how many collaborations there are.
    private static readonly PerProvider<Func<BotDbContext, string, string, IAsyncEnumerable<CollaborationRow>>> CollaborationsOf = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string user) =>
            db.Set<CollaborationRow>().AsNoTracking().Where(c => c.CreatedByChannel == channel && c.CreatedByUserId == user)));

    private static readonly PerProvider<Func<BotDbContext, string, string, IAsyncEnumerable<AnswerRow>>> AnswersOf = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string user) =>
            db.Set<AnswerRow>().AsNoTracking().Where(a => db.Set<CollaborationRow>().Any(c =>
                c.Id == a.CollaborationId && c.CreatedByChannel == channel && c.CreatedByUserId == user))));

    private static readonly PerProvider<Func<BotDbContext, string, string, IAsyncEnumerable<ChecklistItemRow>>> ChecklistItemsOf = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string user) =>
            db.Set<ChecklistItemRow>().AsNoTracking().Where(i => db.Set<CollaborationRow>().Any(c =>
                c.Id == i.CollaborationId && c.CreatedByChannel == channel && c.CreatedByUserId == user))));

    private static readonly PerProvider<Func<BotDbContext, string, string, CancellationToken, Task<QuizScoreRow?>>> QuizOf = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string user, CancellationToken _) =>
            db.Set<QuizScoreRow>().AsNoTracking().FirstOrDefault(q => q.Channel == channel && q.UserId == user)));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }

    internal static QuizRecord? ToRecord(QuizScoreRow? quiz) =>
        quiz is null ? null : new QuizRecord(quiz.BestScore, quiz.Total, quiz.Attempts);

    internal static Answers ToAnswers(IEnumerable<AnswerRow> rows) =>
        rows.Aggregate(Answers.Empty, (answers, row) =>
            answers.With(row.QuestionId, JsonSerializer.Deserialize<string[]>(row.ValuesJson) ?? []));

    /// <summary>A collaboration row as the dialogs read it (its checklist items in their order).</summary>
    internal static CollaborationRecord ToRecord(CollaborationRow row, Answers answers, IEnumerable<ChecklistItemRow> checklist) => new()
    {
        Id = row.Id,
        Title = row.Title,
        Status = row.Status,
        Answers = answers,
        CreatedBy = row.CreatedByName ?? row.CreatedByUserId,
        Checklist = [.. checklist.Select(ToRecord)],
        UpdatedAt = row.UpdatedAt,
        SubmittedAt = row.SubmittedAt,
    };

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
