namespace PartnershipBot.Turns;

/// <summary>One conversation's dialog state. <see cref="ETag"/> changes on every save (optimistic concurrency).</summary>
public sealed class ConversationStateRow
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class UserRow
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public string? DisplayName { get; set; }
    public string? TimeZone { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An inbound delivery id already handled (Slack event_id, Bot Framework activity id).</summary>
public sealed class InboundKeyRow
{
    public required string Key { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}
