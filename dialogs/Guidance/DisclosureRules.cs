namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The pack's disclosure rules: when each transparency obligation falls due, per country, partner type and support
/// type, which settings are company policy, and how reminders run.
/// </summary>
public sealed record DisclosureRules
{
    /// <summary>Company policy: the agreement is asked for this many days before the start (not a code rule).</summary>
    public required int AgreementDaysBeforeStart { get; init; }

    /// <summary>The source of the company's own settings (kind company_policy).</summary>
    public required string PolicySourceId { get; init; }

    /// <summary>Company policy: the kick-off for collecting and checking the previous year's data.</summary>
    public required int KickoffMonth { get; init; }

    public required int KickoffDay { get; init; }

    /// <summary>Where the written agreement rule comes from, by country and support type.</summary>
    public required SourcedStep Agreement { get; init; }

    /// <summary>The rule a company chose for countries without one; null: such countries go to compliance.</summary>
    public string? DefaultRuleId { get; init; }

    public required IReadOnlyList<DisclosureRule> Rules { get; init; }

    public required SourcedStep Acknowledgement { get; init; }

    /// <summary>Company policy: the benefits are profiled this many days after the end.</summary>
    public required int BenefitsDaysAfterEnd { get; init; }

    public required string BenefitsSourceId { get; init; }
    public required string ReviewSourceId { get; init; }

    /// <summary>Review cadence choice value to months between joint reviews.</summary>
    public required IReadOnlyDictionary<string, int> ReviewCadenceMonths { get; init; }

    public required ReminderPolicy Reminders { get; init; }

    public DisclosureRule Rule(string id) => Rules.First(r => r.Id == id);

    /// <summary>
    /// Every rule for one country and this partner and support type; the company's default when none matches and
    /// one is set; otherwise nothing (the caller records "not configured").
    /// </summary>
    public IReadOnlyList<DisclosureRule> RulesFor(string country, string? partnerType, string? supportType)
    {
        ArgumentNullException.ThrowIfNull(country);
        var code = country.ToUpperInvariant();
        var matching = Rules.Where(r => r.Countries.Contains(code) && r.Matches(partnerType, supportType)).ToList();
        return matching.Count > 0 || DefaultRuleId is null ? matching : [Rule(DefaultRuleId)];
    }
}

/// <summary>
/// One disclosure rule: for which countries, partner types and support types it holds (empty lists: any), what the
/// code asks, its deadlines in the year after the support (none: no fixed date is known), and what was checked.
/// </summary>
public sealed record DisclosureRule
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public IReadOnlyList<string> PartnerTypes { get; init; } = [];
    public IReadOnlyList<string> SupportTypes { get; init; } = [];
    public required string SourceId { get; init; }
    public string? Cite { get; init; }
    public required DateOnly Checked { get; init; }

    /// <summary>False when the deadline or clause could not be confirmed against the code's text.</summary>
    public required bool Confirmed { get; init; }

    /// <summary>No public rule applies: the company's internal policy decides.</summary>
    public bool InternalPolicy { get; init; }

    public required string Text { get; init; }
    public IReadOnlyList<DisclosureDeadline> Deadlines { get; init; } = [];

    public bool Matches(string? partnerType, string? supportType) =>
        (PartnerTypes.Count == 0 || (partnerType is not null && PartnerTypes.Contains(partnerType)))
        && (SupportTypes.Count == 0 || (supportType is not null && SupportTypes.Contains(supportType)));
}

/// <summary>
/// A step every collaboration with support has (the written agreement, the acknowledgement) whose source depends on
/// where and what: the first override whose countries (any of them) and support types match, else the default.
/// </summary>
public sealed record SourcedStep(string SourceId, string? Cite, IReadOnlyList<SourceOverride> Overrides)
{
    public (string SourceId, string? Cite) For(IReadOnlyList<string> countries, string? supportType)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var match = Overrides.FirstOrDefault(o =>
            (o.Countries.Count == 0 || o.Countries.Any(countries.Contains))
            && (o.SupportTypes.Count == 0 || (supportType is not null && o.SupportTypes.Contains(supportType))));
        return match is null ? (SourceId, Cite) : (match.SourceId, match.Cite);
    }
}

public sealed record SourceOverride(IReadOnlyList<string> Countries, IReadOnlyList<string> SupportTypes, string SourceId, string? Cite);

/// <summary>A deadline in the year after the support year; {year} and {country} in the title are filled in.</summary>
public sealed record DisclosureDeadline(string Id, string Title, int Month, int Day);

public sealed record ReminderPolicy(IReadOnlyList<int> LeadDays, int OverdueEveryDays, int EscalateAfterOverdue);
