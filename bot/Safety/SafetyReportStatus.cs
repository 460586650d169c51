namespace PartnershipBot.Safety;

public static class SafetyReportStatus
{
    /// <summary>Waiting to be delivered (or to be tried again).</summary>
    public const string Pending = "pending";

    public const string Delivered = "delivered";

    /// <summary>Pharmacovigilance could not be reached; the compliance contact was told instead.</summary>
    public const string Escalated = "escalated";

    /// <summary>Neither pharmacovigilance nor compliance could be reached: the dashboard flags it.</summary>
    public const string Undeliverable = "undeliverable";
}
