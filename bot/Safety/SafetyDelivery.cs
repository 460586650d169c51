namespace PartnershipBot.Safety;

/// <summary>How one try went: delivered; refused for good (escalate now); or worth another try later.</summary>
public sealed record SafetyDelivery(SafetyDeliveryOutcome Outcome, string? Error = null)
{
    public static SafetyDelivery Delivered { get; } = new(SafetyDeliveryOutcome.Delivered);
}
