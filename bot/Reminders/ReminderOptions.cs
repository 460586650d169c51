using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Reminders;

/// <summary>The "Reminders" configuration section. What is due when comes from the content pack, not from here.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off: obligations and reminders are still stored and listed, but nothing is sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The Quartz scheduler's name: its rows in the QRTZ_ tables are keyed by it, and instances sharing a database
    /// (clustered on PostgreSQL) must use the same one.
    /// </summary>
    public string SchedulerName { get; set; } = "PartnershipBot";

    /// <summary>
    /// Clustered (PostgreSQL): how often each instance checks in; an instance silent for about twice this long is
    /// taken for dead and its sweep is recovered by another.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How often the Quartz job looks for due reminders.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Local hour reminders are sent at, in the owner's time zone.</summary>
    public TimeOnly LocalTime { get; set; } = new(9, 0);

    /// <summary>For owners whose channel has not told us their time zone.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>How long a claimed send may take before another sweep may repeat it (a crash mid-send).</summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts per reminder when the channel keeps failing (429/5xx after the HTTP retries).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Overdue reminders are planned this many cadences ahead; each send plans further.</summary>
    public int OverdueHorizon { get; set; } = 4;

    public ComplianceContact Compliance { get; set; } = new();
}

/// <summary>
/// Where escalations go: a Teams channel (Channel "msteams", ConversationId "19:...@thread.tacv2", ServiceUrl,
/// TenantId) or a Slack channel (Channel "slack", ConversationId "C0123"). Unset: escalations are recorded only.
/// </summary>
public sealed class ComplianceContact
{
    public string? Channel { get; set; }
    public string? ConversationId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? TenantId { get; set; }

    /// <summary>The default <see cref="Name"/>, which the owner reads in their own language.</summary>
    public const string DefaultName = "the compliance team";

    /// <summary>How the owner is told who was informed, e.g. "the compliance team".</summary>
    public string Name { get; set; } = DefaultName;

    /// <summary>
    /// The language of the escalations this contact receives ("de", "fr"; unset or another: English): one team
    /// reads them, so it is configuration, not a person's setting.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The culture of what the contact receives (<see cref="Language"/>, else English).</summary>
    public CultureInfo Culture => Languages.For(Language);

    /// <summary>The contact's name as the owner reads it: the configured one, or the default in their language.</summary>
    public MarkdownText NameIn(CultureInfo culture) => Name == DefaultName ? Say.NoticeComplianceTeam.In(culture) : MarkdownText.Plain(Name);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Channel) && !string.IsNullOrWhiteSpace(ConversationId);
}

internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.SweepInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Reminders:SweepInterval must be at least one second.");
        }

        if (options.ClusterCheckinInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("Reminders:ClusterCheckinInterval must be at least one second.");
        }

        if (options.MaxAttempts < 1)
        {
            errors.Add("Reminders:MaxAttempts must be at least 1.");
        }

        if (options.OverdueHorizon < 1)
        {
            errors.Add("Reminders:OverdueHorizon must be at least 1.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone, out _))
        {
            errors.Add($"Reminders:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone.");
        }

        if (options.Compliance.Channel is { Length: > 0 } channel && channel is not (ChannelIds.Teams or ChannelIds.Slack))
        {
            errors.Add("Reminders:Compliance:Channel must be msteams or slack.");
        }

        if (options.Compliance.Channel == ChannelIds.Teams && options.Compliance.IsConfigured && string.IsNullOrWhiteSpace(options.Compliance.ServiceUrl))
        {
            errors.Add("Reminders:Compliance:ServiceUrl is needed for a Teams compliance channel.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
