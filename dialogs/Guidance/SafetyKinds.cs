namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The kinds of safety information a pack must cover (the adverse-event definition pharmacovigilance works with:
/// docs/safety.md). A pack without one of them is refused, so no kind is silently never detected.
/// </summary>
public static class SafetyKinds
{
    public const string SideEffect = "side_effect";
    public const string LackOfEffect = "lack_of_effect";
    public const string Overdose = "overdose";
    public const string Misuse = "misuse";
    public const string MedicationError = "medication_error";
    public const string Exposure = "exposure";
    public const string ProductComplaint = "product_complaint";

    public static IReadOnlyList<string> Required { get; } = [SideEffect, LackOfEffect, Overdose, Misuse, MedicationError, Exposure, ProductComplaint];
}
