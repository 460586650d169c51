using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The review comment as a Teams dialog: the review card's "Request changes in a form" / "Reject in a form" send
/// task/fetch, answered (after <see cref="ApprovalService.CheckAsync"/>: a non-reviewer, the owner, a stale round
/// or a decided one is told why at once, with nothing stored) with a card whose comment box is required; its
/// button sends task/submit, decided through <see cref="ApprovalService.DecideAsync"/> like the card's own
/// buttons. An empty comment comes back with the reason under the box. The outbox then replaces the posted card
/// and tells the owner, as after any decision. Works in the review channel: the card is not the clicker's chat.
/// </summary>
internal sealed class TeamsApprovalDialog(ApprovalService approvals, ApprovalQueries queries)
{
    public const string Unknown = "This review form is not one PartnershipBot knows. Use the buttons on the review card.";

    public static bool Handles(Activity activity) => ActionOf(activity)?.Id == TeamsApprovalCard.CommentDialog;

    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = ActionOf(activity)!;
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
            return TaskModuleResponses.Message(Unknown);
        }

        var actor = new ApprovalActor($"{ChannelIds.Teams}:{userId}", activity.From.Name ?? userId, EntraObjectId: activity.From.AadObjectId);
        if (activity.Name != TeamsDialogInvoke.TaskSubmit)
        {
            // Opening: refuse now rather than after the reviewer has written a comment.
            if (await approvals.CheckAsync(collaborationId, round, actor, cancellationToken) is { } refusal)
            {
                return TaskModuleResponses.Message(refusal.Describe());
            }

            return await FormAsync(collaborationId, round, decision.Value, comment: null, error: null, cancellationToken);
        }

        var comment = action[TeamsApprovalCard.CommentInput];
        var outcome = await approvals.DecideAsync(collaborationId, round, decision.Value, actor, comment, cancellationToken);
        if (outcome.Kind == ApprovalOutcomeKind.CommentRequired)
        {
            return await FormAsync(collaborationId, round, decision.Value, comment, "Please write a comment: the owner needs it to know what to change.", cancellationToken);
        }

        // Teams repeats an invoke it got no answer to in time: the decider's own submit again is told it is recorded.
        var ownDecisionAgain = outcome is { Kind: ApprovalOutcomeKind.AlreadyDecided, Round.DecidedById: { } by } && by == actor.ActorId;
        // (ApprovalService logs the decision and every refusal.)
        if (outcome.IsDecided || ownDecisionAgain)
        {
            var what = outcome.Round!.Status == ApprovalStatus.Rejected ? "rejected" : "changes requested";
            return TaskModuleResponses.Message($"Recorded: {what} by {outcome.Round.DecidedByName}. The review card is updated and the owner is told, with your comment.");
        }

        return TaskModuleResponses.Message(outcome.Describe());
    }

    private async Task<IResult> FormAsync(Guid collaborationId, int round, ApprovalDecision decision, string? comment, string? error, CancellationToken cancellationToken)
    {
        if (await queries.ReviewAsync(collaborationId, round, cancellationToken) is not { } review)
        {
            return TaskModuleResponses.Message("This review is no longer available.");
        }

        var changes = decision == ApprovalDecision.RequestChanges;
        var title = changes ? "Request changes" : "Reject";
        return TaskModuleResponses.Continue(title, Card(review, decision, title, comment, error));
    }

    private static JsonObject Card(ApprovalReview review, ApprovalDecision decision, string title, string? comment, string? error)
    {
        var changes = decision == ApprovalDecision.RequestChanges;
        var heading = (MarkdownText)$"{title}: {review.Collaboration.Title}";
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = heading.Value, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["isSubtle"] = true,
                ["wrap"] = true,
                ["text"] = changes
                    ? $"Review round {review.Round.Round.ToString(CultureInfo.InvariantCulture)}. The owner reads your comment with an Edit button, changes the answers and submits again."
                    : $"Review round {review.Round.Round.ToString(CultureInfo.InvariantCulture)}. Rejecting closes the collaboration and withdraws its obligations; the owner reads your comment.",
            },
        };
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = TeamsApprovalCard.CommentInput,
            ["label"] = changes ? "What should change? (required)" : "Why is it rejected? (required)",
            ["isMultiline"] = true,
            ["maxLength"] = 2000,
            ["isRequired"] = true,
            ["errorMessage"] = "Please write a comment.",
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
