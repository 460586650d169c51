namespace PartnershipBot.Documents;

/// <summary>
/// One line of the year's disclosure publication: a collaboration's support in one country under one rule
/// (<see cref="List"/>, the rule's id). <see cref="Reason"/> is set on the "to check" lines only.
/// </summary>
public sealed record PublicationLine(
    Guid CollaborationId,
    string Organisation,
    string Country,
    string PartnerType,
    string SupportType,
    decimal? Amount,
    string? Currency,
    string? InKind,
    string Description,
    string List,
    string Source,
    string? Reason = null);
