using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The comment modal Request changes and Reject open (views.open with the click's trigger_id): one multiline
/// input, and private_metadata naming the collaboration, round and decision, so its view_submission decides
/// exactly what was clicked. Texts stay within Block Kit's view limits (title, submit, close at most 24).
/// </summary>
public static class SlackApprovalModal
{
    public const string CallbackId = "approval.comment";
    public const string CommentBlock = "approval.comment";
    public const string CommentAction = "comment";
    public const int MaxTitle = 24;
    public const int MaxComment = 2000;
    public const int MaxPrivateMetadata = 3000;

    private const string DecisionKey = "decision";

    public static JsonObject View(Guid collaborationId, int round, ApprovalDecision decision, string title, string owner, CultureInfo culture)
    {
        var changes = decision == ApprovalDecision.RequestChanges;
        var metadata = JsonNode.Parse(SlackApprovalActions.Value(collaborationId, round))!.AsObject();
        metadata[DecisionKey] = decision.ToString();
        var intro = (changes ? Say.ApprovalModalIntroChanges : Say.ApprovalModalIntroReject).Format(culture, title, round, owner);
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["private_metadata"] = metadata.ToJsonString(),
            ["title"] = SlackBlocks.PlainText((changes ? Say.ApprovalRequestChangesTitle : Say.ApprovalRejectTitle).Plain(culture), MaxTitle),
            ["submit"] = SlackBlocks.PlainText((changes ? Say.ApprovalSendToOwner : Say.ApprovalReject).Plain(culture), MaxTitle),
            ["close"] = SlackBlocks.PlainText(Say.CardCancel.Plain(culture), MaxTitle),
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "section", ["block_id"] = "approval.intro", ["text"] = SlackBlocks.Mrkdwn(SlackMrkdwn.Truncate(SlackMrkdwn.FromMarkdown(intro), SlackBlocks.MaxSectionText)) },
                new JsonObject
                {
                    ["type"] = "input",
                    ["block_id"] = CommentBlock,
                    ["label"] = SlackBlocks.PlainText((changes ? Say.ApprovalWhatShouldChange : Say.ApprovalWhyRejected).Plain(culture), 2000),
                    ["hint"] = SlackBlocks.PlainText(Say.ApprovalCommentHint.Plain(culture), 2000),
                    ["element"] = new JsonObject
                    {
                        ["type"] = "plain_text_input",
                        ["action_id"] = CommentAction,
                        ["multiline"] = true,
                        ["max_length"] = MaxComment,
                    },
                }),
        };
    }

    /// <summary>The collaboration, round and decision a submitted modal names; null when the metadata is not ours.</summary>
    public static (Guid CollaborationId, int Round, ApprovalDecision Decision)? Read(string? privateMetadata)
    {
        if (SlackApprovalActions.Read(privateMetadata) is not { } target)
        {
            return null;
        }

        var decision = SlackActionMapper.Str(JsonNode.Parse(privateMetadata!)?[DecisionKey]);
        return Enum.TryParse<ApprovalDecision>(decision, ignoreCase: false, out var parsed) && parsed is ApprovalDecision.RequestChanges or ApprovalDecision.Reject
            && decision == parsed.ToString()
            ? (target.CollaborationId, target.Round, parsed)
            : null;
    }

    /// <summary>The typed comment in a view_submission's view (its state values), or null.</summary>
    public static string? Comment(JsonObject view) =>
        SlackActionMapper.Str(SlackActionMapper.At(view, "state", "values", CommentBlock, CommentAction, "value"));
}
