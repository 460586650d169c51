using System.Globalization;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;

namespace PartnershipBot.Documents;

/// <summary>
/// Builds the year's disclosure publication from the stored answers and the pack's rules. A collaboration counts in
/// the years its support is paid or given (the payment dates), never its project dates; drafts and withdrawn or
/// rejected collaborations are left out. A line goes to "to check" instead of the publication when its rule is not
/// confirmed, no rule is configured, the payment year is only inferred from the project dates, or the support is
/// paid over several years so the year's share of the amount is not recorded.
/// </summary>
public sealed class DisclosurePublisher(DocumentQueries queries, GuidancePack pack)
{
    public const string MethodologyPlaceholder = "[methodology note — set publication.methodology_note in the content pack]";

    /// <summary>Statuses that never reach a publication (the last two for when collaborations can be withdrawn or rejected).</summary>
    public static readonly IReadOnlyList<string> LeftOut = ["Draft", "Withdrawn", "Rejected"];

    public async Task<DisclosurePublication> BuildAsync(int year, string country, CancellationToken cancellationToken) =>
        Build(year, country, await queries.AllWithAnswersAsync(cancellationToken));

    public DisclosurePublication Build(int year, string country, IReadOnlyList<(CollaborationRow Row, Answers Answers)> collaborations)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(collaborations);
        var code = country.Trim().ToUpperInvariant();
        var lines = new List<PublicationLine>();
        var toCheck = new List<PublicationLine>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (row, answers) in collaborations)
        {
            // Disclosure follows the country where the partner is based (every country covered, for old answers).
            var derived = DerivedAnswers.Of(answers);
            var support = answers.Get(QuestionIds.SupportType);
            if (LeftOut.Contains(row.Status, StringComparer.OrdinalIgnoreCase) || support is null or "none"
                || !DisclosureCalendar.RecipientCountries(derived).Contains(code))
            {
                continue;
            }

            var paid = PaymentYears(answers);
            var years = paid ?? DisclosureCalendar.SupportYears(answers);
            if (!years.Contains(year))
            {
                continue;
            }

            string? reason = paid is null
                ? "No payment date is recorded, so the year comes from the project dates: confirm the year the support was paid or given."
                : paid.Count > 1
                    ? $"The support is paid or given over several years ({AnswerText.JoinList(paid.Select(y => y.ToString(CultureInfo.InvariantCulture)))}); the recorded amount is the total, so enter this year's share."
                    : null;
            var rules = DisclosureCalendar.RecipientTypes(derived)
                .SelectMany(recipient => pack.Disclosure.RulesFor(code, recipient, support, derived))
                .DistinctBy(r => r.Id)
                .ToList();
            if (rules.Count == 0)
            {
                toCheck.Add(Line(row, answers, code, "unconfigured", Cite(pack.Disclosure.PolicySourceId, null),
                    $"No disclosure rule is configured for {code} and this partner type: check the local code."));
                continue;
            }

            foreach (var rule in rules)
            {
                titles.TryAdd(rule.Id, $"{rule.Text} ({Cite(rule.SourceId, rule.Cite)})");
                var ruleReason = rule.Confirmed ? reason : $"The rule '{rule.Id}' is not confirmed against the code's text: {rule.Text}";
                var line = Line(row, answers, code, rule.Id, Cite(rule.SourceId, rule.Cite), ruleReason);
                (ruleReason is null ? lines : toCheck).Add(line);
            }
        }

        var order = StringComparer.OrdinalIgnoreCase;
        lines = [.. lines.OrderBy(l => l.List, StringComparer.Ordinal).ThenBy(l => l.Organisation, order).ThenBy(l => l.CollaborationId)];
        toCheck = [.. toCheck.OrderBy(l => l.Organisation, order).ThenBy(l => l.CollaborationId).ThenBy(l => l.List, StringComparer.Ordinal)];
        var totals = lines.GroupBy(l => (l.List, l.Currency))
            .Select(g => new PublicationTotal(g.Key.List, g.Key.Currency, g.Count(), g.Sum(l => l.Amount ?? 0)))
            .OrderBy(t => t.List, StringComparer.Ordinal).ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();
        return new DisclosurePublication(year, code, lines, toCheck, totals, pack.Documents.MethodologyNote ?? MethodologyPlaceholder, titles);
    }

    /// <summary>The years of the recorded payment dates; null when none is recorded (answers from before the bot asked).</summary>
    private static IReadOnlyList<int>? PaymentYears(Answers answers)
    {
        var timing = answers.Get(QuestionIds.PaymentTiming);
        if (timing is null)
        {
            return null;
        }

        var years = DisclosureCalendar.SupportYears(answers);

        // SupportYears falls back to the project dates when no payment date parses: that is not a payment year.
        var dated = timing == "one_payment"
            ? answers.GetDate(QuestionIds.PaymentDate) is not null
            : answers.All(QuestionIds.PaymentDates)
                .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Any(t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        return dated && years.Count > 0 ? years : null;
    }

    private PublicationLine Line(CollaborationRow row, Answers answers, string country, string list, string source, string? reason)
    {
        var inKind = answers.Get("in_kind_value");
        return new PublicationLine(
            row.Id,
            answers.Get("partner") ?? "",
            country,
            answers.Has(QuestionIds.PartnerType) ? AnswerText.Format(pack, answers, QuestionIds.PartnerType) : "",
            AnswerText.Format(pack, answers, QuestionIds.SupportType),
            answers.GetNumber("support_amount"),
            answers.Get("support_currency"),
            inKind,
            answers.Get("patient_outcome") is { } outcome ? $"{row.Title}: {outcome}" : row.Title,
            list,
            source,
            reason);
    }

    private string Cite(string sourceId, string? cite) => pack.Sources.FirstOrDefault(s => s.Id == sourceId)?.Cite(cite) ?? sourceId;
}
