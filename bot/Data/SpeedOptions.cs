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

    /// <summary>On SQLite, the turns committing at one moment share a transaction (SqliteGroupCommit); off: one each.</summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>The conversation state kept in memory, typed, with its ETag between turns; off: read and parsed every turn.</summary>
    public bool StateCache { get; set; } = true;

    /// <summary>A turn runs first without the workspace snapshots and again only if a step read one; off: loaded before every run.</summary>
    public bool SnapshotRerun { get; set; } = true;

    /// <summary>
    /// A turn that changes nothing (help, list, status: no effects, the same state text, no receipt, nothing to
    /// record) is answered without a transaction; off: it commits its delivery id and rewrites the state like any turn.
    /// </summary>
    public bool ReadOnlyFromMemory { get; set; } = true;
}
