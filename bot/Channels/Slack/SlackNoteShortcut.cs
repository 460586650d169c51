using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The message shortcut "Add to a collaboration": the message's text becomes a note of the user's current
/// collaboration. It travels as a turn (the note's action, in the user's slash conversation, answered ephemerally
/// where the shortcut was used), so the dialogs pick the collaboration and the safety check reads the text like any
/// other free text: a side effect in a note is reported to pharmacovigilance.
/// </summary>
public static class SlackNoteShortcut
{
    public const string CallbackId = "add_to_collaboration";

    public const string Source = "a Slack message";

    public static SlackInboxJob ToJob(JsonObject payload, string teamId, string userId, Uri? responseUrl)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var text = SlackMrkdwn.Unescape(SlackActionMapper.Str(SlackActionMapper.At(payload, "message", "text")) ?? "").Trim();
        var action = new UserAction(NoteCommand.Action, new Dictionary<string, string>
        {
            [NoteCommand.TextValue] = text,
            [NoteCommand.SourceValue] = Source,
        });
        var turnId = SlackHomeClicks.DeliveryKey(payload).Replace(':', '-');
        var input = new SlackTurnInput(teamId, userId, SlackTurnHandler.SlashConversation(teamId, userId), turnId)
        {
            Action = action,
            FallbackName = SlackActionMapper.Str(SlackActionMapper.At(payload, "user", "name")),
        };

        // Without a response_url (Slack always sends one) the answer goes to the DM.
        return responseUrl is null ? new DirectTurnJob { Input = input } : SlackInboxJob.Turn(input, SlackReplyTarget.ToResponseUrl(responseUrl));
    }
}
