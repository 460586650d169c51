namespace PartnershipBot.Channels.Slack;

/// <summary>The kinds of Slack request an inbox row can hold (the row's Kind).</summary>
public static class SlackInboxKinds
{
    public const string Command = "command";
    public const string Event = "event";
    public const string Interaction = "interaction";
}
