using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The review card in Teams (Adaptive Card Universal Actions). The posted card shows the status to everyone and
/// carries a <c>refresh</c> for the reviewers' Teams user ids: Teams fetches their own version (with a comment box
/// and Approve / Request changes / Reject as Action.Execute) through the adaptiveCard/action invoke. When the bot
/// knows none of the reviewers' Teams ids yet, the posted card carries the buttons itself (a click by anyone else
/// is refused by ApprovalService). The card's chrome is in the culture given (its texts come in the card already).
/// </summary>
public static class TeamsApprovalCard
{
    public const string VerbPrefix = "approval.";
    public const string Approve = "approval.approve";
    public const string RequestChanges = "approval.request_changes";
    public const string Reject = "approval.reject";
    public const string Refresh = "approval.refresh";
    public const string CollaborationField = "collaboration";
    public const string RoundField = "round";
    public const string CommentInput = "comment";

    /// <summary>
    /// "Request changes in a form" / "Reject in a form": an Action.Submit that opens a dialog (task/fetch) with the
    /// comment box, the decision under <see cref="DecisionField"/> (<see cref="RequestChanges"/> or <see cref="Reject"/>).
    /// </summary>
    public const string CommentDialog = "review.comment_dialog";
    public const string DecisionField = "decision";

    /// <summary>The card posted to the channel (or 1:1), and what replaces it after a decision.</summary>
    public static JsonObject Posted(ApprovalReview review, Card card, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        var withButtons = review.IsOpen && review.ReviewerTeamsUserIds.Count == 0;
        var json = Render(review, card, withButtons, culture);
        if (review.IsOpen && review.ReviewerTeamsUserIds.Count > 0)
        {
            var userIds = new JsonArray();
            foreach (var id in review.ReviewerTeamsUserIds.Take(60))
            {
                userIds.Add(id);
            }

            json["refresh"] = new JsonObject { ["action"] = Execute(Say.ApprovalShowActions.Plain(culture), Refresh, review), ["userIds"] = userIds };
        }

        return json;
    }

    /// <summary>The card a reviewer sees (buttons while the round is open) or anyone else sees (the status).</summary>
    public static JsonObject Render(ApprovalReview review, Card card, bool withButtons, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(card);
        var json = AdaptiveCardRenderer.Render(card, culture);
        if (!withButtons || !review.IsOpen)
        {
            return json;
        }

        json["body"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = CommentInput,
            ["label"] = Say.ApprovalCommentLabel.Plain(culture),
            ["isMultiline"] = true,
            ["maxLength"] = 2000,
        });
        var approve = Execute(Say.ApprovalApprove.Plain(culture), Approve, review);
        approve["style"] = "positive";
        var reject = Execute(Say.ApprovalReject.Plain(culture), Reject, review);
        reject["style"] = "destructive";
        // The inline comment box and its buttons work everywhere; Teams can also ask for the comment in a dialog,
        // where an empty one is refused before anything is sent.
        json["actions"] = new JsonArray
        {
            approve,
            Execute(Say.ApprovalRequestChanges.Plain(culture), RequestChanges, review),
            reject,
            OpenDialog(Say.ApprovalRequestChangesInForm.Plain(culture), RequestChanges, review),
            OpenDialog(Say.ApprovalRejectInForm.Plain(culture), Reject, review),
        };
        return json;
    }

    private static JsonObject OpenDialog(string title, string decision, ApprovalReview review) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["associatedInputs"] = "none",
        ["data"] = new JsonObject
        {
            [AdaptiveCardRenderer.ActionField] = CommentDialog,
            [DecisionField] = decision,
            [CollaborationField] = review.Collaboration.Id.ToString("N"),
            [RoundField] = review.Round.Round.ToString(CultureInfo.InvariantCulture),
            ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
        },
    };

    private static JsonObject Execute(string title, string verb, ApprovalReview review) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = new JsonObject
        {
            [AdaptiveCardRenderer.ActionField] = verb,
            [CollaborationField] = review.Collaboration.Id.ToString("N"),
            [RoundField] = review.Round.Round.ToString(CultureInfo.InvariantCulture),
        },
    };
}
