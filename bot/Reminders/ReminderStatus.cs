namespace PartnershipBot.Reminders;

public static class ReminderStatus
{
    public const string Scheduled = "scheduled";
    public const string Sent = "sent";

    /// <summary>A newer reminder of the same obligation went out in its place (after downtime).</summary>
    public const string Superseded = "superseded";

    public const string Snoozed = "snoozed";
    public const string Cancelled = "cancelled";
    public const string Undeliverable = "undeliverable";
    public const string Failed = "failed";
}
