using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Approvals;

/// <summary>
/// Adds each submitted collaboration's latest review round to the workspace the partnership provider loaded (so
/// it is registered after it), for <c>list</c>, <c>status</c> and the agreement obligation's Done button.
/// </summary>
internal sealed class ApprovalInputsProvider : ITurnInputsProvider
{
    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Get<PartnershipWorkspace>() is not { } workspace || workspace.Collaborations.All(c => c.SubmittedAt is null))
        {
            // Rounds open on submission: none submitted (most turns of a first interview), nothing to read.
            return inputs;
        }

        var ids = workspace.Collaborations.Where(c => c.SubmittedAt is not null).Select(c => c.Id).ToList();
        var latest = await Latest(db, ids, cancellationToken);
        return inputs.With(workspace with
        {
            Collaborations = [.. workspace.Collaborations.Select(c => latest.TryGetValue(c.Id, out var round) ? c with { Approval = ToRecord(round) } : c)],
        });
    }

    /// <summary>The latest round of each collaboration.</summary>
    internal static async Task<Dictionary<Guid, ApprovalRoundRow>> Latest(BotDbContext db, List<Guid> collaborationIds, CancellationToken cancellationToken)
    {
        var rounds = await db.ApprovalRounds.AsNoTracking().Where(r => collaborationIds.Contains(r.CollaborationId)).ToListAsync(cancellationToken);
        return rounds.GroupBy(r => r.CollaborationId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Round)!);
    }

    internal static ApprovalRecord ToRecord(ApprovalRoundRow round) => new()
    {
        Round = round.Round,
        Status = round.Status,
        DecidedBy = round.DecidedByName,
        DecidedByRole = round.DecidedByRole,
        DecidedAt = round.DecidedAt,
        Comment = round.Comment,
    };
}
