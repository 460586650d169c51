namespace PartnershipBot.Approvals;

public static class ApprovalMessageStatus
{
    /// <summary>Waiting to be sent (also when this host has no channel for its platform yet).</summary>
    public const string Pending = "pending";

    public const string Sent = "sent";

    /// <summary>Given up after ApprovalOptions.MaxAttempts tries, or refused for good by the platform.</summary>
    public const string Failed = "failed";
}
