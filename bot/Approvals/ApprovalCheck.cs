using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Approvals;

/// <summary>
/// Sees a turn that submits a collaboration and adds one line after the dialogs' replies: who reviews it (or that
/// nobody is configured to). The round itself is opened by <see cref="ApprovalSubmission"/> in the same commit.
/// </summary>
public sealed class ApprovalCheck(ApprovalReviewers reviewers, ApprovalMessages messages) : ITurnCheck
{
    public TurnAddition? Check(Turn turn, ConversationState before, TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var submitted = result.Effects.OfType<SaveCollaboration>().LastOrDefault(e => e.Status == CollaborationStatus.Submitted);
        return submitted is null ? null : new TurnAddition([], []) { After = [messages.Submitted(reviewers.For(submitted.Answers), turn.Culture)] };
    }
}
