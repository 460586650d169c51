using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

/// <summary>
/// The workspace of a person with linked accounts: the collaborations any of their accounts created (in creation
/// order, as for one account) and their best quiz score. Linked people are few, so these queries are not compiled.
/// </summary>
internal static class LinkedWorkspace
{
    public static async Task<PartnershipWorkspace> LoadAsync(BotDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var accounts = db.PersonAccounts.AsNoTracking().Where(a => a.PersonId == personId);
        var rows = await db.Collaborations.AsNoTracking()
            .Where(c => accounts.Any(a => a.Channel == c.CreatedByChannel && a.UserId == c.CreatedByUserId))
            .ToListAsync(cancellationToken);
        var scores = await db.QuizScores.AsNoTracking()
            .Where(q => accounts.Any(a => a.Channel == q.Channel && a.UserId == q.UserId))
            .ToListAsync(cancellationToken);
        var quiz = scores.Count == 0 ? null : new QuizRecord(scores.Max(s => s.BestScore), scores.MaxBy(s => s.BestScore)!.Total, scores.Sum(s => s.Attempts));
        if (rows.Count == 0)
        {
            return new PartnershipWorkspace([], quiz);
        }

        var ids = rows.Select(r => r.Id).ToList();
        var answers = (await db.Answers.AsNoTracking().Where(a => ids.Contains(a.CollaborationId)).ToListAsync(cancellationToken)).ToLookup(a => a.CollaborationId);
        var items = (await db.ChecklistItems.AsNoTracking().Where(i => ids.Contains(i.CollaborationId)).ToListAsync(cancellationToken)).ToLookup(i => i.CollaborationId);
        var collaborations = rows
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => PartnershipWorkspaceProvider.ToRecord(r, PartnershipWorkspaceProvider.ToAnswers(answers[r.Id]), items[r.Id].OrderBy(i => i.Position)))
            .ToList();
        return new PartnershipWorkspace(collaborations, quiz);
    }
}
