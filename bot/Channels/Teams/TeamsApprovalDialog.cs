using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The review comment as a Teams dialog: the review card's "Request changes in a form" / "Reject in a form" send
/// task/fetch, answered (after <see cref="ApprovalService.CheckAsync"/>: a non-reviewer, the owner, a stale round
/// or a decided one is told why at once, with nothing stored) with a card whose comment box is required; its
/// button sends task/submit, decided through <see cref="ApprovalService.DecideAsync"/> like the card's own
/// buttons. An empty comment comes back with the reason under the box. The outbox then replaces the posted card
/// and tells the owner, as after any decision. Works in the review channel: the card is not the clicker's chat, so
/// the dialog's chrome is in the clicker's Teams locale.
/// </summary>
internal sealed class TeamsApprovalDialog(ApprovalService approvals, ApprovalQueries queries)
{
    public static bool Handles(Activity activity) => ActionOf(activity)?.Id == TeamsApprovalCard.CommentDialog;

    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = ActionOf(activity)!;
        var culture = Languages.For(activity.Locale);
        ApprovalDecision? decision = action[TeamsApprovalCard.DecisionField] switch
        {
            TeamsApprovalCard.RequestChanges => ApprovalDecision.RequestChanges,
            TeamsApprovalCard.Reject => ApprovalDecision.Reject,
            _ => null,
        };
        if (decision is null
            || !Guid.TryParseExact(action[TeamsApprovalCard.CollaborationField] ?? "", "N", out var collaborationId)
            || !int.TryParse(action[TeamsApprovalCard.RoundField], NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            || activity.From?.Id is not { Length: > 0 } userId)
        {
            return TaskModuleResponses.Message(Say.ApprovalDialogUnknown.Plain(culture));
        }

        var actor = new ApprovalActor($"{ChannelIds.Teams}:{userId}", activity.From.Name ?? userId, EntraObjectId: activity.From.AadObjectId);
        if (activity.Name != TeamsDialogInvoke.TaskSubmit)
        {
            // Opening: refuse now rather than after the reviewer has written a comment.
            if (await approvals.CheckAsync(collaborationId, round, actor, cancellationToken) is { } refusal)
            {
                return TaskModuleResponses.Message(refusal.Describe(culture));
            }

            return await FormAsync(collaborationId, round, decision.Value, comment: null, error: null, culture, cancellationToken);
        }

        var comment = action[TeamsApprovalCard.CommentInput];
        var outcome = await approvals.DecideAsync(collaborationId, round, decision.Value, actor, comment, cancellationToken);
        if (outcome.Kind == ApprovalOutcomeKind.CommentRequired)
        {
            return await FormAsync(collaborationId, round, decision.Value, comment, Say.ApprovalCommentNeeded.Plain(culture), culture, cancellationToken);
        }

        // Teams repeats an invoke it got no answer to in time: the decider's own submit again is told it is recorded.
        var ownDecisionAgain = outcome is { Kind: ApprovalOutcomeKind.AlreadyDecided, Round.DecidedById: { } by } && by == actor.ActorId;
        // (ApprovalService logs the decision and every refusal.)
        if (outcome.IsDecided || ownDecisionAgain)
        {
            var recorded = outcome.Round!.Status == ApprovalStatus.Rejected ? Say.CardApprovalRecordedRejected : Say.CardApprovalRecordedChanges;
            return TaskModuleResponses.Message(recorded.Plain(culture, outcome.Round.DecidedByName));
        }

        return TaskModuleResponses.Message(outcome.Describe(culture));
    }

    private async Task<IResult> FormAsync(Guid collaborationId, int round, ApprovalDecision decision, string? comment, string? error, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (await queries.ReviewAsync(collaborationId, round, cancellationToken) is not { } review)
        {
            return TaskModuleResponses.Message(Say.ApprovalNoLongerAvailable.Plain(culture));
        }

        var changes = decision == ApprovalDecision.RequestChanges;
        var title = (changes ? Say.ApprovalRequestChanges : Say.ApprovalReject).Plain(culture);
        return TaskModuleResponses.Continue(title, Card(review, decision, title, comment, error, culture));
    }

    private static JsonObject Card(ApprovalReview review, ApprovalDecision decision, string title, string? comment, string? error, CultureInfo culture)
    {
        var changes = decision == ApprovalDecision.RequestChanges;
        var heading = Say.ApprovalDialogHeading.Format(culture, title, review.Collaboration.Title);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = heading.Value, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["isSubtle"] = true,
                ["wrap"] = true,
                ["text"] = (changes ? Say.ApprovalRoundChanges : Say.ApprovalRoundReject).Plain(culture, review.Round.Round),
            },
        };
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = TeamsApprovalCard.CommentInput,
            ["label"] = (changes ? Say.ApprovalWhatShouldChangeRequired : Say.ApprovalWhyRejectedRequired).Plain(culture),
            ["isMultiline"] = true,
            ["maxLength"] = 2000,
            ["isRequired"] = true,
            ["errorMessage"] = Say.ApprovalWriteComment.Plain(culture),
        };
        if (comment is { Length: > 0 })
        {
            input["value"] = comment;
        }

        body.Add(input);
        if (error is not null)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = error, ["wrap"] = true, ["color"] = "Attention", ["spacing"] = "Small" });
        }

        var submit = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["style"] = changes ? "positive" : "destructive",
            ["data"] = new JsonObject
            {
                [AdaptiveCardRenderer.ActionField] = TeamsApprovalCard.CommentDialog,
                [TeamsApprovalCard.DecisionField] = changes ? TeamsApprovalCard.RequestChanges : TeamsApprovalCard.Reject,
                [TeamsApprovalCard.CollaborationField] = review.Collaboration.Id.ToString("N"),
                [TeamsApprovalCard.RoundField] = review.Round.Round.ToString(CultureInfo.InvariantCulture),
            },
        };
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray { submit },
        };
    }

    private static UserAction? ActionOf(Activity activity) =>
        TeamsTurnMapper.ActionFromValue(activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("data", out var data) ? data : null);
}
