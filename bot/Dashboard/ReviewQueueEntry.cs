namespace PartnershipBot.Dashboard;

/// <summary>
/// A collaboration waiting for compliance review: its open round, how long it has waited in working days (Monday
/// to Friday, as Approvals:RemindAfterDays counts them), and the configured reviewers whose remit includes it.
/// </summary>
public sealed record ReviewQueueEntry(
    Guid CollaborationId,
    string Title,
    int Round,
    DateTimeOffset RequestedAt,
    int WaitingWorkingDays,
    string Owner,
    IReadOnlyList<string> Countries,
    string? PartnerTypeTitle,
    Readiness? Readiness,
    IReadOnlyList<string> Reviewers);
