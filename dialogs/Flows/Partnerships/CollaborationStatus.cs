namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>A collaboration's status, as the dialogs read it and the host stores it (collaborations.status).</summary>
public static class CollaborationStatus
{
    /// <summary>Being written: saved after every answer.</summary>
    public const string Draft = "Draft";

    /// <summary>Reviewed and submitted: its checklist and obligations exist.</summary>
    public const string Submitted = "Submitted";

    /// <summary>Rejected in compliance review: kept for the record, its reminders withdrawn; it cannot be edited.</summary>
    public const string Closed = "Closed";
}
