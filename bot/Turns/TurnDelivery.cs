using PartnershipBot.Dialogs;

namespace PartnershipBot.Turns;

/// <summary>What a channel knows about how a turn reached it, beyond the turn itself.</summary>
public sealed record TurnDelivery
{
    public static readonly TurnDelivery None = new();

    /// <summary>
    /// Where the channel can reach this user later (reminders), or null when it has none (the console, a slash
    /// command without a DM). Recorded with the user once per turn, by the processor.
    /// </summary>
    public ConversationAddress? Address { get; init; }

    /// <summary>
    /// The channel's delivery id (Teams activity id, Slack event or trigger id), or null when the channel never
    /// redelivers. Recorded in the same transaction as the turn's state: a repeat is skipped only when the first
    /// delivery really took effect.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>
    /// Written with the turn's state in the same transaction (the Slack inbox row marked applied with the replies,
    /// so a crash between the save and the send resends them instead of losing them), or null.
    /// </summary>
    public ITurnReceipt? Receipt { get; init; }
}
