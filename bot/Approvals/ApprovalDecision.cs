namespace PartnershipBot.Approvals;

/// <summary>What a reviewer decides on a round.</summary>
public enum ApprovalDecision
{
    Approve,

    /// <summary>Needs a comment; the owner edits and submits again (the next round).</summary>
    RequestChanges,

    /// <summary>Needs a comment; closes the collaboration and withdraws its reminders.</summary>
    Reject,
}
