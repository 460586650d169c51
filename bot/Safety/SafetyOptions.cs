namespace PartnershipBot.Safety;

/// <summary>
/// Where safety information goes and what the user is told (section "Safety"). The reporting deadline is the
/// company's own (its pharmacovigilance SOP), never a default of ours: unset, the notice says so.
/// </summary>
public sealed class SafetyOptions
{
    public const string Section = "Safety";

    /// <summary>Pharmacovigilance: a Teams channel, a Slack channel or an email address.</summary>
    public SafetyContact Contact { get; set; } = new();

    /// <summary>
    /// The company's deadline as the user should read it, e.g. "within one working day" or "within 24 hours of
    /// hearing of it". Unset: the notice points to the company's procedure instead of inventing one.
    /// </summary>
    public string? ReportingDeadline { get; set; }

    /// <summary>The SMTP relay for an email contact.</summary>
    public SafetySmtp Smtp { get; set; } = new();

    /// <summary>Tries before a report is escalated to the compliance contact (Reminders:Compliance).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failed try; doubled after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the sender looks for reports to deliver.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A claimed report is not tried by anyone else for this long (a crashed sender's lease runs out).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>False: reports are recorded and the user told, but this instance sends none (another instance does).</summary>
    public bool SenderEnabled { get; set; } = true;
}
