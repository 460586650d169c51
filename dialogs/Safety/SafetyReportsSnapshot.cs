namespace PartnershipBot.Dialogs.Safety;

/// <summary>The user's own recent safety reports, newest first: what a note can be added to.</summary>
public sealed record SafetyReportsSnapshot(IReadOnlyList<SafetyReportSummary> Reports)
{
    public static SafetyReportsSnapshot Empty { get; } = new([]);
}

/// <summary>One report of the user's: its reference and when they sent the message.</summary>
public sealed record SafetyReportSummary(string Reference, DateTimeOffset ReceivedAt);
