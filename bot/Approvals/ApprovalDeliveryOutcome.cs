namespace PartnershipBot.Approvals;

public enum ApprovalDeliveryOutcome
{
    Delivered,

    /// <summary>A passing failure (throttled, 5xx, network): tried again later.</summary>
    RetryLater,

    /// <summary>Refused for good (the bot is not in that conversation, the user blocked it): not tried again.</summary>
    Undeliverable,
}
