using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// What comes from outside the DM and runs there: a button on the Home tab (New, Checklist, Quiz, a collaboration's Open, a deadline's Done
/// or Snooze) and the global shortcut "Plan a collaboration". None of them has a response_url, so each becomes a
/// <see cref="DirectTurnJob"/>: the DM is opened and the turn runs in it like a typed command or a reminder's click,
/// through the same dialogs, so Done from the Home tab is the reminder's Done.
/// </summary>
public static partial class SlackHomeClicks
{
    public const string PlanShortcut = "plan_collaboration";

    /// <summary>Whether a block_actions payload comes from the Home tab.</summary>
    public static bool IsHomeClick(JsonObject payload) => SlackActionMapper.Str(SlackActionMapper.At(payload, "view", "type")) == "home";

    /// <summary>A Home tab click as a DM turn, or null when it is not one the home view offers.</summary>
    public static SlackInboxJob? ToJob(JsonObject payload, string teamId, string userId, JsonObject action, string actionId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(action);
        var (id, _) = SlackBlocks.SplitActionId(actionId);
        var input = NewInput(payload, teamId, userId);
        if (id == SlackHomeView.CommandAction)
        {
            // The value is the command's text; only the commands the view offers are run.
            var command = SlackActionMapper.Str(action["value"]);
            return command is not null && HomeCommand().IsMatch(command) ? new DirectTurnJob { Input = input with { Text = command } } : null;
        }

        if (id is not (CardIds.ReminderDone or CardIds.ReminderSnooze or CardIds.ReminderChecklist or CardIds.OpenCollaboration))
        {
            return null;
        }

        return new DirectTurnJob { Input = input with { Action = SlackActionMapper.Map(action, null, null) } };
    }

    /// <summary>The global shortcut "Plan a collaboration": what "/partnership new" starts, in the DM.</summary>
    public static SlackInboxJob PlanCollaboration(JsonObject payload, string teamId, string userId) =>
        new DirectTurnJob { Input = NewInput(payload, teamId, userId) with { Text = PartnershipCommands.NewCommand } };

    private static SlackTurnInput NewInput(JsonObject payload, string teamId, string userId)
    {
        var turnId = DeliveryKey(payload).Replace(':', '-');
        // The conversation is replaced by the DM's once it is opened.
        return new SlackTurnInput(teamId, userId, SlackTurnHandler.SlashConversation(teamId, userId), turnId)
        {
            FallbackName = SlackActionMapper.Str(SlackActionMapper.At(payload, "user", "name")),
        };
    }

    /// <summary>A click or shortcut has no event id; its trigger_id is unique per click, so a replay runs once.</summary>
    public static string DeliveryKey(JsonObject payload) => SlackInbox.KeyOr("slack-home", SlackActionMapper.Str(payload["trigger_id"]));

    [GeneratedRegex(@"^(new|checklist|quiz|open [1-9][0-9]{0,3})$")]
    private static partial Regex HomeCommand();
}
