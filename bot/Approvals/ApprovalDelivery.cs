namespace PartnershipBot.Approvals;

/// <summary>
/// What a channel did with a message: <see cref="PostedId"/> (Teams activity id, Slack ts) and
/// <see cref="ConversationId"/> (where it went, a 1:1 created on the way) are kept, so the card update after a
/// decision replaces that very message.
/// </summary>
public sealed record ApprovalDelivery(ApprovalDeliveryOutcome Outcome, string? PostedId = null, string? ConversationId = null, string? Error = null)
{
    public static ApprovalDelivery Delivered(string? postedId = null, string? conversationId = null) => new(ApprovalDeliveryOutcome.Delivered, postedId, conversationId);

    public static ApprovalDelivery RetryLater(string error) => new(ApprovalDeliveryOutcome.RetryLater, Error: error);

    public static ApprovalDelivery Undeliverable(string error) => new(ApprovalDeliveryOutcome.Undeliverable, Error: error);
}
