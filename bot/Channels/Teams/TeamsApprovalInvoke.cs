using System.Globalization;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The adaptiveCard/action invokes of a review card, wherever it was posted (a channel or a 1:1): the refresh
/// (a reviewer's version, with buttons while the round is open) and the three decisions, each answered with the
/// updated card (status, who decided, when) or, for a refusal, a message only the clicker sees. Decisions go
/// through ApprovalService, never through a dialog turn: the card is not the clicker's conversation.
/// </summary>
internal sealed class TeamsApprovalInvoke(ApprovalService approvals, ApprovalQueries queries, ApprovalMessages messages, ILogger<TeamsApprovalInvoke> logger)
{
    public static bool Handles(UserAction? action) => action?.Id.StartsWith(TeamsApprovalCard.VerbPrefix, StringComparison.Ordinal) == true;

    public async Task<IResult> HandleAsync(Activity activity, UserAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(action);
        if (!Guid.TryParseExact(action[TeamsApprovalCard.CollaborationField] ?? "", "N", out var collaborationId)
            || !int.TryParse(action[TeamsApprovalCard.RoundField], NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            || activity.From?.Id is not { Length: > 0 } userId)
        {
            return InvokeResponses.Error(StatusCodes.Status400BadRequest, "BadRequest", "The review card's action carried no collaboration or round.");
        }

        var actor = new ApprovalActor($"{ChannelIds.Teams}:{userId}", activity.From.Name ?? userId, EntraObjectId: activity.From.AadObjectId);
        if (action.Id == TeamsApprovalCard.Refresh)
        {
            return await CardAsync(collaborationId, round, actor, Languages.For(activity.Locale), cancellationToken) is { } refreshed
                ? InvokeResponses.Card(refreshed)
                : InvokeResponses.Message(Say.ApprovalNoLongerAvailable.Plain(Languages.For(activity.Locale)));
        }

        ApprovalDecision? decision = action.Id switch
        {
            TeamsApprovalCard.Approve => ApprovalDecision.Approve,
            TeamsApprovalCard.RequestChanges => ApprovalDecision.RequestChanges,
            TeamsApprovalCard.Reject => ApprovalDecision.Reject,
            _ => null,
        };
        if (decision is null)
        {
            TeamsLog.UnknownInvoke(logger, action.Id);
            return InvokeResponses.Error(StatusCodes.Status400BadRequest, "BadRequest", "Unknown review action.");
        }

        var outcome = await approvals.DecideAsync(collaborationId, round, decision.Value, actor, action[TeamsApprovalCard.CommentInput], cancellationToken);

        // Teams redelivers an invoke it got no answer to in time: the decider's own click again gets the card it decided.
        var ownDecisionAgain = outcome is { Kind: ApprovalOutcomeKind.AlreadyDecided, Round.DecidedById: { } by } && by == actor.ActorId;
        if (!outcome.IsDecided && !ownDecisionAgain)
        {
            return InvokeResponses.Message(outcome.Describe(Languages.For(activity.Locale)));
        }

        return await CardAsync(collaborationId, round, actor, Languages.For(activity.Locale), cancellationToken) is { } decided
            ? InvokeResponses.Card(decided)
            : InvokeResponses.Message(outcome.Describe(Languages.For(activity.Locale)));
    }

    private async Task<System.Text.Json.Nodes.JsonObject?> CardAsync(Guid collaborationId, int round, ApprovalActor actor, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (await queries.ReviewAsync(collaborationId, round, cancellationToken) is not { } review)
        {
            return null;
        }

        var isReviewer = review.Reviewers.Any(r => r.Is(actor));
        return TeamsApprovalCard.Render(review, messages.ReviewCard(review, culture), withButtons: isReviewer, culture);
    }
}
