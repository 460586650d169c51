namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>A review round's status, as the dialogs read it and the host stores it (approval_rounds.status).</summary>
public static class ApprovalStatus
{
    /// <summary>Sent for review; no reviewer has decided yet.</summary>
    public const string Awaiting = "awaiting";

    public const string Approved = "approved";

    /// <summary>A reviewer asked for changes (with a comment): the owner edits and submits again, which opens the next round.</summary>
    public const string ChangesRequested = "changes_requested";

    /// <summary>A reviewer rejected it (with a comment): the collaboration is closed.</summary>
    public const string Rejected = "rejected";

    /// <summary>The owner submitted again before anyone decided: the next round replaced this one, undecided.</summary>
    public const string Superseded = "superseded";

    /// <summary>How the dialogs name a status to the owner: "awaiting review", "approved by Ada Reviewer", ...</summary>
    public static string Describe(ApprovalRecord approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval.Status switch
        {
            Awaiting => "awaiting review",
            Approved => $"approved by {approval.DecidedBy}",
            ChangesRequested => "changes requested",
            Rejected => "rejected",
            _ => approval.Status,
        };
    }
}
