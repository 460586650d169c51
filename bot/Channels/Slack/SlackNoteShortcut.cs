using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The message shortcut "Add to a collaboration": the message's text becomes a note of a collaboration the user picks
/// in <see cref="SlackNoteModal"/> (of the current one when Slack sent no trigger_id to open it with). The note travels
/// as a turn (the note's action, in the user's slash conversation, answered ephemerally where the shortcut was used),
/// so the dialogs check the chosen collaboration is the user's and the safety check reads the text like any other free
/// text: a side effect in a note is reported to pharmacovigilance.
/// </summary>
public static class SlackNoteShortcut
{
    public const string CallbackId = "add_to_collaboration";

    public const string Source = "a Slack message";

    /// <summary>The message's text as the user sees it (Slack's escaping undone).</summary>
    public static string MessageText(JsonObject payload) =>
        SlackMrkdwn.Unescape(SlackActionMapper.Str(SlackActionMapper.At(payload, "message", "text")) ?? "").Trim();

    /// <summary>The shortcut without a trigger_id: the note goes to the current collaboration.</summary>
    public static SlackInboxJob ToJob(JsonObject payload, string teamId, string userId, Uri? responseUrl)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return ToJob(payload, teamId, userId, MessageText(payload), collaborationId: null, responseUrl);
    }

    /// <summary>
    /// The note as a turn: <paramref name="collaborationId"/> is the picker's choice (null: the current collaboration),
    /// taken as the user sent it; the dialogs refuse one that is not theirs.
    /// </summary>
    public static SlackInboxJob ToJob(JsonObject payload, string teamId, string userId, string text, string? collaborationId, Uri? responseUrl)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var values = new Dictionary<string, string>
        {
            [NoteCommand.TextValue] = text,
            [NoteCommand.SourceValue] = Source,
        };
        if (collaborationId is not null)
        {
            values[NoteCommand.CollaborationValue] = collaborationId;
        }

        var turnId = SlackHomeClicks.DeliveryKey(payload).Replace(':', '-');
        var input = new SlackTurnInput(teamId, userId, SlackTurnHandler.SlashConversation(teamId, userId), turnId)
        {
            Action = new UserAction(NoteCommand.Action, values),
            FallbackName = SlackActionMapper.Str(SlackActionMapper.At(payload, "user", "name")) ?? SlackActionMapper.Str(SlackActionMapper.At(payload, "user", "username")),
        };

        // Without a response_url (Slack always sends one) the answer goes to the DM.
        return responseUrl is null ? new DirectTurnJob { Input = input } : SlackInboxJob.Turn(input, SlackReplyTarget.ToResponseUrl(responseUrl));
    }
}
