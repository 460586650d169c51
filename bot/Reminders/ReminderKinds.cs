namespace PartnershipBot.Reminders;

public static class ReminderKinds
{
    public const string Lead = "lead";
    public const string Overdue = "overdue";
    public const string Escalation = "escalation";
    public const string Snooze = "snooze";
    public const string Custom = "custom";

    /// <summary>Reminders to the owner (everything but the escalation to compliance).</summary>
    public static bool IsForOwner(string kind) => kind != Escalation;
}
