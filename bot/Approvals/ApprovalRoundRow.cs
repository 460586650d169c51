namespace PartnershipBot.Approvals;

/// <summary>
/// One review round of a collaboration: opened by each submission, decided once (the conditional update of the
/// awaiting round wins), never deleted, so every round, decision and comment stays on record.
/// </summary>
public sealed class ApprovalRoundRow
{
    public Guid Id { get; set; }
    public Guid CollaborationId { get; set; }

    /// <summary>1, 2, ...: unique per collaboration.</summary>
    public int Round { get; set; }

    /// <summary>One of ApprovalStatus (dialogs): awaiting, approved, changes_requested, rejected, superseded.</summary>
    public required string Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public required string RequestedBy { get; set; }

    /// <summary>The submitter as <c>channel:userId</c>.</summary>
    public string? RequestedById { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The decider as <c>channel:userId</c> (ActorIds; "dashboard:OID" from the dashboard).</summary>
    public string? DecidedById { get; set; }

    /// <summary>The decider's Entra object id, when the decision came from Teams or the dashboard.</summary>
    public string? DecidedByEntraId { get; set; }

    public string? DecidedByName { get; set; }
    public string? DecidedByRole { get; set; }
    public string? Comment { get; set; }

    /// <summary>When the reviewers are reminded (RemindAfterDays working days after the request); null once reminded.</summary>
    public DateTimeOffset RemindAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>When the compliance contact hears of it (EscalateAfterDays working days after the request).</summary>
    public DateTimeOffset EscalateAt { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
}
