namespace PartnershipBot.Safety;

/// <summary>
/// What a "Mark received" came to. <see cref="Report"/> is the report as it stands afterwards (with whoever marked it
/// first), null when there is no such report or the click was refused before the report was read.
/// </summary>
public sealed record SafetyAcknowledgement(SafetyAcknowledgementOutcome Outcome, SafetyReportRow? Report = null)
{
    /// <summary>
    /// Marked now, or marked before by this same person: a retried click (a redelivered invoke, an inbox row run
    /// again after a crash) shows the marked card again instead of telling them someone marked it.
    /// </summary>
    public bool IsMarkedBy(string byId) =>
        Outcome == SafetyAcknowledgementOutcome.Marked
        || (Outcome == SafetyAcknowledgementOutcome.AlreadyMarked && string.Equals(Report?.AcknowledgedById, byId, StringComparison.Ordinal));
}
