namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The content pack's rules for spotting safety information (adverse events) in what people type, so a company
/// tunes them without a release. Built only by the loader, which refuses phrases it cannot read, a missing kind,
/// duplicates and negations that could never cancel anything. Read by <see cref="Safety.SafetyDetector"/>.
/// </summary>
public sealed record SafetyRules(
    string Language,
    IReadOnlyList<SafetyKindRules> Kinds,
    IReadOnlyList<string> Medicines,
    IReadOnlyList<string> Patients,
    IReadOnlyList<string> Negations);
