namespace PartnershipBot.Data;

/// <summary>
/// The "Speed" configuration section: each optimisation on the turn's path can be switched off, so the bench can
/// run with and without it side by side in one process (bench/README.md). Production leaves them all on; the
/// behaviour is the same either way, only the cost differs.
/// </summary>
public sealed class SpeedOptions
{
    public const string Section = "Speed";

    /// <summary>A draft's answers saved by plain SQL, only the rows that changed, instead of through EF change tracking.</summary>
    public bool AnswerRows { get; set; } = true;
}
