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

    /// <summary>As <see cref="RulesFor(string, string?, string?)"/>, keeping only rules whose <c>when</c> holds for these answers.</summary>
    public IReadOnlyList<DisclosureRule> RulesFor(string country, string? partnerType, string? supportType, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. RulesFor(country, partnerType, supportType).Where(r => r.When?.Evaluate(answers) ?? true)];
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

    /// <summary>A further condition on the answers (for example which German code the company follows); null: always.</summary>
    public Condition? When { get; init; }

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
/// where, to whom and what: the first override whose countries (any of them), partner types and support types
/// match, else the default. The partner type matters: a society or hospital must not be cited a patient-organisation
/// clause.
/// </summary>
public sealed record SourcedStep(string SourceId, string? Cite, IReadOnlyList<SourceOverride> Overrides)
{
    public (string SourceId, string? Cite) For(IReadOnlyList<string> countries, string? supportType, string? partnerType = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var match = Overrides.FirstOrDefault(o =>
            (o.Countries.Count == 0 || o.Countries.Any(countries.Contains))
            && (o.PartnerTypes.Count == 0 || (partnerType is not null && o.PartnerTypes.Contains(partnerType)))
            && (o.SupportTypes.Count == 0 || (supportType is not null && o.SupportTypes.Contains(supportType))));
        return match is null ? (SourceId, Cite) : (match.SourceId, match.Cite);
    }
}

public sealed record SourceOverride(IReadOnlyList<string> Countries, IReadOnlyList<string> SupportTypes, string SourceId, string? Cite)
{
    public IReadOnlyList<string> PartnerTypes { get; init; } = [];
}

/// <summary>
/// A deadline in the year after the support year; {year} and {country} in the title are filled in.
/// <see cref="SetDates"/>: dates a body announces each year (the ABPI's Disclosure UK submission date), by support
/// year, overriding month and day. <see cref="WorkingDayBefore"/>: a date on a Saturday or Sunday moves to the Friday
/// before ("by the end of March" is the last working day, not a weekend).
/// </summary>
public sealed record DisclosureDeadline(string Id, string Title, int Month, int Day)
{
    public bool WorkingDayBefore { get; init; }

    public IReadOnlyDictionary<int, DateOnly> SetDates { get; init; } = new Dictionary<int, DateOnly>();

    /// <summary>When this deadline falls for support given in <paramref name="supportYear"/>.</summary>
    public DateOnly DueFor(int supportYear)
    {
        if (SetDates.TryGetValue(supportYear, out var set))
        {
            return set;
        }

        var year = supportYear + 1;
        var date = new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));
        while (WorkingDayBefore && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}

public sealed record ReminderPolicy(IReadOnlyList<int> LeadDays, int OverdueEveryDays, int EscalateAfterOverdue);
