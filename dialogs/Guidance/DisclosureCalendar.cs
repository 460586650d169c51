using System.Globalization;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// One transparency duty of a collaboration and when it falls due (null: no fixed date). <see cref="Met"/>: already
/// done when the answers were given (a signed agreement), so it is recorded as done and never reminded.
/// <see cref="ForCompliance"/>: the compliance contact must act (no rule is configured, or its date is not confirmed).
/// </summary>
public sealed record Obligation(string Kind, string Key, string Title, DateOnly? Due, string SourceId, string? Note = null)
{
    public string? Cite { get; init; }
    public bool Met { get; init; }
    public bool ForCompliance { get; init; }
}

/// <summary>
/// Turns a collaboration's answers into its disclosure obligations using the pack's rules only (no dates in
/// code): the rules of the country where the recipient is based (LMI 26.3, the EFPIA model; ABPI: UK recipients,
/// whoever pays), the partner type choosing the rule (for individuals, each group paid), and the calendar years in
/// which support is paid or given. Pure: same answers, same obligations.
/// </summary>
public sealed class DisclosureCalendar(DisclosureRules rules)
{
    public const string Unconfigured = "disclosure_unconfigured";
    public const string CheckLocal = "disclosure_check";
    public const string Kickoff = "data_kickoff";

    /// <summary>The written agreement's obligation: it waits for the compliance review's approval before it can be done.</summary>
    public const string WrittenAgreement = "written_agreement";

    public DisclosureRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public IReadOnlyList<Obligation> Obligations(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        answers = DerivedAnswers.Of(answers);
        var start = answers.GetDate(QuestionIds.StartDate);
        var end = answers.GetDate(QuestionIds.EndDate);
        var support = answers.Get(QuestionIds.SupportType);
        var partnerType = answers.Get(QuestionIds.PartnerType);
        var supported = support is not null && support != "none";
        var countries = RecipientCountries(answers);
        var list = new List<Obligation>();

        if (supported && start is { } s)
        {
            list.Add(Agreement(answers, s, support!, partnerType, countries));
            var (ackSource, ackCite) = Rules.Acknowledgement.For(countries, support, partnerType);
            list.Add(new Obligation("acknowledgement", "acknowledgement", "Support acknowledged in materials from the start", s, ackSource)
            {
                Cite = ackCite,
            });
        }

        if (supported)
        {
            var years = SupportYears(answers);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var country in countries)
            {
                foreach (var recipient in RecipientTypes(answers))
                {
                    list.AddRange(CountryObligations(country, recipient, support, years, answers).Where(o => keys.Add(o.Key)));
                }
            }

            foreach (var year in years)
            {
                list.Add(new Obligation(Kickoff, $"{Kickoff}:{year}", $"Collect and check the {year} support data for the disclosures",
                    Date(year + 1, Rules.KickoffMonth, Rules.KickoffDay), Rules.PolicySourceId,
                    "A kick-off in January for the previous year's data, so the deadlines after it are met: company policy, a setting."));
            }
        }

        if (end is { } finish)
        {
            list.Add(new Obligation("benefits_profile", "benefits_profile", "Benefits of the partnership profiled",
                finish.AddDays(Rules.BenefitsDaysAfterEnd), Rules.BenefitsSourceId,
                $"{Rules.BenefitsDaysAfterEnd} days after the end is company policy; the report recommends profiling the benefits, not a date."));
        }

        if (start is { } from && answers.Get(QuestionIds.ReviewCadence) is { } cadence && Rules.ReviewCadenceMonths.TryGetValue(cadence, out var months))
        {
            var until = end ?? from.AddYears(1);
            for (var (review, n) = (from.AddMonths(months), 1); review <= until; review = from.AddMonths(months * ++n))
            {
                list.Add(new Obligation("joint_review", $"joint_review:{review:yyyy-MM-dd}", "Joint review with the partner", review, Rules.ReviewSourceId));
            }
        }

        return list;
    }

    /// <summary>
    /// The written agreement (or services contract), due the policy's days before the earlier of the first payment
    /// or in-kind date and the start: it must be in place, and certified where the code asks, before any support is
    /// paid or given (ABPI 2021 Clauses 23 and 27.2, 2024 Clause 8.3), not only before the work starts.
    /// </summary>
    private Obligation Agreement(Answers answers, DateOnly start, string support, string? partnerType, IReadOnlyList<string> countries)
    {
        var days = Rules.AgreementDaysBeforeStart;
        var services = support == "contracted_services";
        var first = SupportDates(answers) is { Count: > 0 } dates && dates[0] < start ? dates[0] : (DateOnly?)null;
        var (source, cite) = Rules.Agreement.For(countries, support, partnerType);
        var title = (services, first is null) switch
        {
            (true, true) => "Services contract signed before the services start",
            (true, false) => "Services contract signed before the first payment",
            (false, true) => "Written agreement signed before the start",
            _ => "Written agreement signed before the support is paid or given",
        };
        var anchor = first is { } paid ? $"the first payment or in-kind date ({Format(paid)}, before the start on {Format(start)})" : $"the start ({Format(start)})";
        return new Obligation(WrittenAgreement, WrittenAgreement, title, (first ?? start).AddDays(-days), source,
            $"Asked for {days} days before {anchor}: the agreement must be in place before any support is paid or given; the {days} days are company policy, a setting, not a code rule.")
        {
            Cite = cite,
            Met = answers.Get(QuestionIds.AgreementStatus) == "signed",
        };
    }

    private IEnumerable<Obligation> CountryObligations(string country, string? partnerType, string? support, IReadOnlyList<int> years, Answers answers)
    {
        var yearsText = AnswerText.JoinList(years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var rules = Rules.RulesFor(country, partnerType, support, answers);
        if (rules.Count == 0)
        {
            yield return new Obligation(Unconfigured, new DisclosureKey(country, DisclosureKey.Unconfigured).ToString(), $"Disclosure rule not configured for {country}; check the local code",
                null, Rules.PolicySourceId,
                $"The content pack has no disclosure rule for {Countries.Label(country)} and this partner type, so no date is given. Compliance checks the local code for support given in {yearsText}.")
            {
                ForCompliance = true,
            };
            yield break;
        }

        foreach (var rule in rules)
        {
            if (rule.Deadlines.Count == 0)
            {
                yield return new Obligation(CheckLocal, new DisclosureKey(country, rule.Id).ToString(),
                    rule.InternalPolicy
                        ? $"{country}: check the internal disclosure policy for support given in {yearsText}"
                        : $"{country}: disclosure deadline not confirmed; check the local code (support given in {yearsText})",
                    null, rule.SourceId, rule.Text)
                {
                    Cite = rule.Cite,
                    ForCompliance = !rule.InternalPolicy,
                };
                continue;
            }

            foreach (var year in years)
            {
                foreach (var deadline in rule.Deadlines)
                {
                    var title = deadline.Title.Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{country}", country, StringComparison.Ordinal);
                    yield return new Obligation("annual_disclosure", new DisclosureKey(country, rule.Id, deadline.Id, year).ToString(), title,
                        deadline.DueFor(year), rule.SourceId, rule.Text)
                    {
                        Cite = rule.Cite,
                    };
                }
            }
        }
    }

    /// <summary>
    /// The first due date of an obligation kind (checklist due dates), or null. Obligations come from the recipient's
    /// country only, so a GB item does not show another country's date for a partner based in the UK.
    /// </summary>
    public DateOnly? FirstDue(string obligation, Answers answers, string? rule = null)
    {
        var kind = obligation == "first_review" ? "joint_review" : obligation;
        return Obligations(answers)
            .Where(o => o.Kind == kind && o.Due is not null && (rule is null || o.Key.Split(':') is [_, _, var id, ..] && id == rule))
            .Select(o => o.Due).Min();
    }

    /// <summary>
    /// The calendar years in which support is paid or given: the payment date, or the dates of a schedule or of
    /// in-kind support; for answers given before the bot asked, the years from the start to the end.
    /// </summary>
    public static IReadOnlyList<int> SupportYears(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var dates = SupportDates(answers);
        if (dates.Count > 0)
        {
            return [.. dates.Select(d => d.Year).Distinct().Order()];
        }

        if (answers.GetDate(QuestionIds.StartDate) is not { } start)
        {
            return [];
        }

        var last = answers.GetDate(QuestionIds.EndDate) is { } e && e >= start ? e.Year : start.Year;
        return [.. Enumerable.Range(start.Year, last - start.Year + 1)];
    }

    /// <summary>The payment or in-kind dates answered, earliest first (empty when none were asked or answered).</summary>
    public static IReadOnlyList<DateOnly> SupportDates(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        List<DateOnly> dates = answers.Get(QuestionIds.PaymentTiming) switch
        {
            "one_payment" => answers.GetDate(QuestionIds.PaymentDate) is { } d ? [d] : [],
            "schedule" or "in_kind" => ParseDates(answers.All(QuestionIds.PaymentDates)),
            _ => [],
        };
        return [.. dates.Distinct().Order()];
    }

    /// <summary>
    /// The countries whose rules apply: where the partner is based. Answers from before the bot asked fall back to
    /// every country the collaboration covers, as the bot read them then.
    /// </summary>
    public static IReadOnlyList<string> RecipientCountries(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var partner = answers.All(QuestionIds.PartnerCountry).SelectMany(v => Countries.ParseList(v).Codes).Distinct().ToList();
        return partner.Count > 0 ? partner : CountryCodes(answers);
    }

    /// <summary>
    /// The partner types the rules are chosen by: the partner type, or for individuals each group paid (lay patients,
    /// representatives of a patient organisation, HCPs), so a mixed advisory board gets each group's rule.
    /// </summary>
    public static IReadOnlyList<string?> RecipientTypes(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var partnerType = answers.Get(QuestionIds.PartnerType);
        if (partnerType == DerivedAnswers.PatientsPublic)
        {
            var people = answers.All(QuestionIds.PeoplePaid);
            return people.IsDefaultOrEmpty ? [partnerType] : [.. people.Distinct()];
        }

        return [partnerType];
    }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries answer, in the order given ("UK, us" and legacy "GB, EG" too).</summary>
    public static IReadOnlyList<string> CountryCodes(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. answers.All(QuestionIds.Countries).SelectMany(v => Countries.ParseList(v).Codes).Distinct()];
    }

    private static List<DateOnly> ParseDates(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>()];

    private static DateOnly Date(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static string Format(DateOnly d) => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
