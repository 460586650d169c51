using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The modal the message shortcut "Add to a collaboration" opens: a menu of the user's open collaborations (the latest
/// updated preselected) and the message's text in an input the user may edit before adding it. Slack's inputs hold at
/// most 3000 characters, so a longer message is cut there and the input's hint says so. private_metadata carries only
/// the shortcut's response_url, so the dialogs' answer lands where the shortcut was used.
/// </summary>
public static class SlackNoteModal
{
    public const string CallbackId = "note.pick";
    public const string EmptyCallbackId = "note.none";
    public const string CollaborationBlock = "note.collaboration";
    public const string CollaborationAction = "collaboration";
    public const string TextBlock = "note.text";
    public const string TextAction = "text";

    /// <summary>Slack's limit for a plain_text_input (its max_length and initial_value).</summary>
    public const int MaxText = 3000;

    /// <summary>A static_select holds at most 100 options: the 100 latest updated are offered.</summary>
    public const int MaxOptions = 100;

    private const string ResponseUrlKey = "response_url";

    /// <summary>The picker, or a modal without a submit button that says why there is nothing to pick.</summary>
    public static JsonObject View(PartnershipWorkspace workspace, string messageText, Uri? responseUrl, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(messageText);
        // Closed collaborations are left out: the dialogs refuse notes on them.
        var open = workspace.Collaborations
            .Where(c => c.Status != CollaborationStatus.Closed)
            .OrderByDescending(c => c.UpdatedAt)
            .Take(MaxOptions)
            .ToList();
        if (open.Count == 0)
        {
            return Empty(SlackMrkdwn.FromMarkdown((workspace.Collaborations.Count == 0 ? Say.NoteNoCollaborations : Say.NoteNoneOpen).In(culture)), culture);
        }

        var options = new JsonArray([.. open.Select(c => (JsonNode)Option(c, culture))]);
        var text = messageText.Trim();
        var element = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = TextAction,
            ["multiline"] = true,
            ["max_length"] = MaxText,
        };
        if (text.Length > 0)
        {
            element["initial_value"] = text.Length > MaxText ? text[..MaxText] : text;
        }

        var hint = text.Length > MaxText
            ? Say.NoteCut.Plain(culture, text.Length, MaxText)
            : Say.NoteCanEdit.Plain(culture);
        var metadata = new JsonObject { [ResponseUrlKey] = responseUrl?.AbsoluteUri };
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["private_metadata"] = metadata.ToJsonString(),
            ["title"] = SlackBlocks.PlainText(Say.NoteTitle.Plain(culture), SlackApprovalModal.MaxTitle),
            ["submit"] = SlackBlocks.PlainText(Say.NoteSubmit.Plain(culture), SlackApprovalModal.MaxTitle),
            ["close"] = SlackBlocks.PlainText(Say.CardCancel.Plain(culture), SlackApprovalModal.MaxTitle),
            ["blocks"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "section",
                    ["block_id"] = "note.intro",
                    ["text"] = SlackBlocks.Mrkdwn(SlackMrkdwn.FromMarkdown(Say.NoteIntro.In(culture))),
                },
                new JsonObject
                {
                    ["type"] = "input",
                    ["block_id"] = CollaborationBlock,
                    ["label"] = SlackBlocks.PlainText(Say.NoteCollaboration.Plain(culture), 2000),
                    ["element"] = new JsonObject
                    {
                        ["type"] = "static_select",
                        ["action_id"] = CollaborationAction,
                        ["options"] = options,
                        ["initial_option"] = options[0]!.DeepClone(),
                    },
                },
                new JsonObject
                {
                    ["type"] = "input",
                    ["block_id"] = TextBlock,
                    ["label"] = SlackBlocks.PlainText(Say.NoteText.Plain(culture), 2000),
                    ["hint"] = SlackBlocks.PlainText(hint, 2000),
                    ["element"] = element,
                }),
        };
    }

    /// <summary>The picker's view_submission: the chosen collaboration's value and the (possibly edited) text.</summary>
    public static (string? CollaborationId, string Text) Submitted(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var values = SlackActionMapper.At(view, "state", "values");
        var chosen = SlackActionMapper.Str(values?[CollaborationBlock]?[CollaborationAction]?["selected_option"]?["value"]);
        var text = SlackActionMapper.Str(values?[TextBlock]?[TextAction]?["value"]) ?? "";
        return (chosen, text.Trim());
    }

    /// <summary>The response_url the picker was opened with; null when there was none or the metadata is not ours.</summary>
    public static Uri? ResponseUrl(string? privateMetadata)
    {
        if (string.IsNullOrEmpty(privateMetadata))
        {
            return null;
        }

        try
        {
            return SlackActionMapper.Str(JsonNode.Parse(privateMetadata)?[ResponseUrlKey]) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject Option(CollaborationRecord c, CultureInfo culture)
    {
        var title = string.IsNullOrWhiteSpace(c.Title) ? Say.NoteUntitled.Plain(culture) : c.Title;
        return new JsonObject
        {
            ["text"] = SlackBlocks.PlainText(c.Status == CollaborationStatus.Draft ? Say.NoteDraftOption.Plain(culture, title) : title, SlackBlocks.MaxOptionText),
            ["value"] = c.Id.ToString("D"),
        };
    }

    private static JsonObject Empty(string mrkdwn, CultureInfo culture) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = EmptyCallbackId,
        ["title"] = SlackBlocks.PlainText(Say.NoteTitle.Plain(culture), SlackApprovalModal.MaxTitle),
        ["close"] = SlackBlocks.PlainText(Say.CardClose.Plain(culture), SlackApprovalModal.MaxTitle),
        ["blocks"] = new JsonArray(new JsonObject { ["type"] = "section", ["block_id"] = "note.none", ["text"] = SlackBlocks.Mrkdwn(mrkdwn) }),
    };
}
