namespace PartnershipBot.Turns;

/// <summary>One conversation's dialog state. <see cref="ETag"/> changes on every save (optimistic concurrency).</summary>
public sealed class ConversationStateRow
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
