namespace PartnershipBot.Safety;

/// <summary>
/// What a "Mark received" came to. <see cref="Report"/> is the report as it stands afterwards (with whoever marked it
/// first), null when there is no such report or the click was refused before the report was read.
/// </summary>
public sealed record SafetyAcknowledgement(SafetyAcknowledgementOutcome Outcome, SafetyReportRow? Report = null);
