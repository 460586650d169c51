using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

/// <summary>
/// Stores a collaboration with one row per answer, and (when given) its checklist. Works against rows already
/// tracked by this turn's DbContext, because one turn may save the same draft more than once. A submitted
/// collaboration's obligations and reminders follow its answers in the same save.
/// </summary>
internal sealed class SaveCollaborationHandler(IEnumerable<ICollaborationSubmittedHandler> submittedHandlers, IOptions<SpeedOptions> speed) : EffectHandler<SaveCollaboration>
{
    private readonly bool answerRows = speed.Value.AnswerRows;

    protected override async Task ApplyAsync(SaveCollaboration effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        if (answerRows && DraftAnswerRows.Handles(effect, db))
        {
            // Every interview answer comes here: the changed rows by plain SQL (DraftAnswerRows).
            await DraftAnswerRows.SaveAsync(effect, turn, db, cancellationToken);
            return;
        }

        var row = await db.Collaborations.FindAsync([effect.Id], cancellationToken);
        if (row is not null && !await IsOwnedByAsync(db, row, turn, cancellationToken))
        {
            // The dialogs only see the user's own collaborations; an id from elsewhere (a forged card value) changes nothing.
            return;
        }

        if (row is { Status: CollaborationStatus.Closed })
        {
            // Rejected in review: the dialogs refuse to submit it; a save racing the rejection changes nothing either.
            return;
        }

        var audit = new List<(string Action, string? Detail)>();
        if (row is null)
        {
            row = new CollaborationRow
            {
                Id = effect.Id,
                Title = effect.Title,
                Status = effect.Status,
                CreatedByChannel = turn.User.Channel,
                CreatedByUserId = turn.User.Id,
                CreatedByName = turn.User.DisplayName,
                ConversationKey = turn.Conversation.Key,
                CreatedAt = effect.At,
            };
            db.Collaborations.Add(row);
            audit.Add(("created", null));
        }

        var wasSubmitted = row.Status == CollaborationStatus.Submitted;
        row.Title = effect.Title;
        row.Status = effect.Status;
        row.UpdatedAt = effect.At;
        if (effect.Status == CollaborationStatus.Submitted)
        {
            row.SubmittedAt ??= effect.At;
            audit.Add((wasSubmitted ? "resubmitted" : "submitted", null));
        }

        var changed = await SyncAnswersAsync(effect, db, cancellationToken);
        if (changed.Count > 0)
        {
            audit.Add(("answers.changed", string.Join(",", changed)));
        }

        if (effect.Checklist is not null)
        {
            await ReplaceChecklistAsync(effect, db, cancellationToken);
            audit.Add(("checklist.built", $"{effect.Checklist.Count} items"));
        }

        foreach (var (action, detail) in audit)
        {
            db.AuditEvents.Add(new AuditEventRow { CollaborationId = effect.Id, Actor = effect.Actor, ActorId = ActorIds.Of(turn), Action = action, Detail = detail, At = effect.At });
        }

        if (effect.Status == CollaborationStatus.Submitted)
        {
            var timeZone = turn.User.TimeZone
                ?? (await db.Users.FindAsync([row.CreatedByChannel, row.CreatedByUserId], cancellationToken))?.TimeZone;
            var submitted = new SubmittedCollaboration(row, effect.Answers, timeZone, effect.Actor, effect.At) { ActorId = ActorIds.Of(turn) };
            foreach (var handler in submittedHandlers)
            {
                await handler.OnSubmittedAsync(db, submitted, cancellationToken);
            }
        }
    }

    /// <summary>
    /// True when the turn's user created the collaboration, or an account linked to theirs did (the same person):
    /// only they may change it or tick its items. It stays the creating account's (CreatedBy is never rewritten).
    /// </summary>
    internal static Task<bool> IsOwnedByAsync(BotDbContext db, CollaborationRow row, Turn turn, CancellationToken cancellationToken) =>
        PersonLinks.IsSamePersonAsync(db, turn, row.CreatedByChannel, row.CreatedByUserId, cancellationToken);

    /// <summary>Adds, updates and removes answer rows; returns the ids of the questions that changed.</summary>
    private static async Task<List<string>> SyncAnswersAsync(SaveCollaboration effect, BotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await TrackedRows.ListAsync(db.Answers, a => a.CollaborationId == effect.Id, cancellationToken);
        var changed = new List<string>();
        foreach (var (questionId, values) in effect.Answers.Values)
        {
            var json = JsonSerializer.Serialize(values);
            var existing = rows.FirstOrDefault(r => r.QuestionId == questionId);
            if (existing is null)
            {
                db.Answers.Add(new AnswerRow { CollaborationId = effect.Id, QuestionId = questionId, ValuesJson = json, AnsweredBy = effect.Actor, AnsweredAt = effect.At });
                changed.Add(questionId);
            }
            else if (existing.ValuesJson != json)
            {
                existing.ValuesJson = json;
                existing.AnsweredBy = effect.Actor;
                existing.AnsweredAt = effect.At;
                changed.Add(questionId);
            }
        }

        foreach (var gone in rows.Where(r => !effect.Answers.Values.ContainsKey(r.QuestionId)))
        {
            db.Answers.Remove(gone);
            changed.Add(gone.QuestionId);
        }

        return changed;
    }

    private static async Task ReplaceChecklistAsync(SaveCollaboration effect, BotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await TrackedRows.ListAsync(db.ChecklistItems, c => c.CollaborationId == effect.Id, cancellationToken);
        for (var i = 0; i < effect.Checklist!.Count; i++)
        {
            var item = effect.Checklist[i];
            var row = rows.FirstOrDefault(r => r.ItemId == item.ItemId);
            if (row is null)
            {
                row = new ChecklistItemRow { CollaborationId = effect.Id, ItemId = item.ItemId, Text = item.Text, Source = item.Source, Owner = item.Owner };
                db.ChecklistItems.Add(row);
            }

            row.Position = i;
            row.Text = item.Text;
            row.Source = item.Source;
            row.Due = item.Due;
            row.Owner = item.Owner;
            row.Done = item.Done;
            row.DoneBy = item.DoneBy;
            row.DoneAt = item.DoneAt;
        }

        foreach (var gone in rows.Where(r => effect.Checklist.All(i => i.ItemId != r.ItemId)))
        {
            db.ChecklistItems.Remove(gone);
        }
    }
}
