namespace PartnershipBot.Channels.Slack;

/// <summary>What Slack sent, as an inbox row needs it to be run after the ack, possibly after a restart.</summary>
public sealed record SlackInboxJob
{
    public const string RunTurn = "turn";
    public const string StartNew = "new";
    public const string AnswerMention = "mention";
    public const string Notice = "notice";

    public required string Work { get; init; }

    public SlackTurnInput? Input { get; init; }

    public SlackReplyTarget? Target { get; init; }

    /// <summary>Slash commands and clicks on ephemeral messages; Slack keeps it for 30 minutes.</summary>
    public Uri? ResponseUrl { get; init; }

    /// <summary>A mention's channel and thread, or a notice's text.</summary>
    public string? Channel { get; init; }

    public string? ThreadTs { get; init; }

    public string? AppId { get; init; }

    public string? TeamId { get; init; }

    public string? Text { get; init; }

    public static SlackInboxJob Turn(SlackTurnInput input, SlackReplyTarget target) => new() { Work = RunTurn, Input = input, Target = target, ResponseUrl = target.ResponseUrl };
}

/// <summary>The kinds of Slack request an inbox row can hold (the row's Kind).</summary>
public static class SlackInboxKinds
{
    public const string Command = "command";
    public const string Event = "event";
    public const string Interaction = "interaction";
}
