using System.Globalization;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Safety;

/// <summary>
/// Where safety information goes and what the user is told (section "Safety"). The reporting deadline is the
/// company's own (its pharmacovigilance SOP), never a default of ours: unset, the notice says so.
/// </summary>
public sealed class SafetyOptions : OutboxOptions
{
    public const string Section = "Safety";

    /// <summary>Pharmacovigilance: a Teams channel, a Slack channel or an email address.</summary>
    public SafetyContact Contact { get; set; } = new();

    /// <summary>
    /// The company's deadline as the user should read it, e.g. "within one working day" or "within 24 hours of
    /// hearing of it". Unset: the notice points to the company's procedure instead of inventing one.
    /// </summary>
    public string? ReportingDeadline { get; set; }

    /// <summary>
    /// The language of the reports pharmacovigilance receives ("de", "fr"; unset or another: English). One team
    /// reads one inbox, so it is configuration, not the reporting user's language.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The culture of <see cref="Language"/>.</summary>
    public CultureInfo Culture => Languages.For(Language);

    /// <summary>The SMTP relay for an email contact.</summary>
    public SafetySmtp Smtp { get; set; } = new();

    // MaxAttempts (tries before a report is escalated to the compliance contact), the retry delays, PollInterval,
    // Lease and SenderEnabled: OutboxOptions.
}
