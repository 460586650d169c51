namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>An obligation's status, as the dialogs read it and the host stores it (obligations.status).</summary>
public static class ObligationStatus
{
    public const string Open = "open";
    public const string Done = "done";

    /// <summary>The answers no longer produce it; kept for the record.</summary>
    public const string Withdrawn = "withdrawn";
}
