namespace PartnershipBot.Turns;

/// <summary>An inbound delivery id already handled (Slack event_id, Bot Framework activity id).</summary>
public sealed class InboundKeyRow
{
    public required string Key { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}
