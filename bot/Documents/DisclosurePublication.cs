namespace PartnershipBot.Documents;

/// <summary>
/// The year's disclosure publication for one country: the lines to publish, grouped by the rule's list, their
/// totals, the lines that need a check first (never silently dropped), and the pack's methodology note.
/// </summary>
public sealed record DisclosurePublication(
    int Year,
    string Country,
    IReadOnlyList<PublicationLine> Lines,
    IReadOnlyList<PublicationLine> ToCheck,
    IReadOnlyList<PublicationTotal> Totals,
    string MethodologyNote,
    IReadOnlyDictionary<string, string> ListTitles);
