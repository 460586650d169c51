namespace PartnershipBot.Dialogs;

/// <summary>
/// The values of <see cref="ChannelUser.Channel"/> (and of stored addresses, owners and settings such as
/// Reminders:Compliance:Channel). "msteams" and "slack" are the ids those platforms use themselves.
/// </summary>
public static class ChannelIds
{
    public const string Teams = "msteams";
    public const string Slack = "slack";
    public const string Console = "console";

    /// <summary>The channels that show a <see cref="FormPageReply"/> (a Teams dialog, a Slack modal); the others interview in the chat only.</summary>
    public static bool HasForms(string? channel) => channel is Teams or Slack;
}
