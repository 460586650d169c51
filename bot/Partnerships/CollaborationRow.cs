namespace PartnershipBot.Partnerships;

/// <summary>A collaboration as stored. The creator (channel + user id) is whose list it appears in.</summary>
public sealed class CollaborationRow
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Status { get; set; }
    public required string CreatedByChannel { get; set; }
    public required string CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }

    /// <summary>Where it was created: later reminders go back to this conversation.</summary>
    public required string ConversationKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
