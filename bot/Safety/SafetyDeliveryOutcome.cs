namespace PartnershipBot.Safety;

public enum SafetyDeliveryOutcome
{
    Delivered,
    Undeliverable,
    RetryLater,
}
