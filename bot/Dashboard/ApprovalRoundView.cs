namespace PartnershipBot.Dashboard;

/// <summary>
/// One review round as the dashboard shows it: the latest on a collaboration's row and in the exports, every one in
/// its decision history. <see cref="Status"/> is an ApprovalStatus value (awaiting, approved, changes_requested,
/// rejected, superseded).
/// </summary>
/// <param name="DecidedById">Who decided as <c>channel:userId</c> ("dashboard:OID" from here, "msteams:29:..." from Teams).</param>
public sealed record ApprovalRoundView(
    int Round,
    string Status,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? DecidedById,
    string? DecidedByRole,
    string? Comment);
