using PartnershipBot.Dialogs;

namespace PartnershipBot.Reminders;

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>The channel refused for good (bot removed or blocked, user gone): stop and escalate.</summary>
    Undeliverable,

    /// <summary>A transient failure after the HTTP client's own retries: try again later.</summary>
    RetryLater,

    /// <summary>The channel cannot deliver right now by design (the console with no chat open): wait, no failure.</summary>
    NotNow,
}

public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered);
}

/// <summary>
/// Proactive delivery on one chat platform: <see cref="Channel"/> is a ChannelIds value ("msteams", "slack",
/// "console"), not a Slack channel. Reminders owns this interface; each platform implements it in its own folder
/// under Channels and registers it with its services.
/// </summary>
public interface IReminderChannel
{
    string Channel { get; }

    /// <summary>A private message to the user, where they talk to the bot.</summary>
    Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);

    /// <summary>A message to the configured compliance channel.</summary>
    Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
