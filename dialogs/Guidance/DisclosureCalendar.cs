namespace PartnershipBot.Dialogs.Guidance;

/// <summary>One transparency duty of a collaboration and when it falls due (null: no fixed date).</summary>
public sealed record Obligation(string Kind, string Key, string Title, DateOnly? Due, string SourceId, string? Note = null);

/// <summary>
/// Turns a collaboration's answers into its disclosure obligations using the pack's rules only (no dates in
/// code). Pure: same answers, same obligations.
/// </summary>
public sealed class DisclosureCalendar(DisclosureRules rules)
{
    public DisclosureRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public IReadOnlyList<Obligation> Obligations(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var start = answers.GetDate(QuestionIds.StartDate);
        var end = answers.GetDate(QuestionIds.EndDate);
        var supported = answers.Has(QuestionIds.SupportType) && answers.Get(QuestionIds.SupportType) != "none";
        var list = new List<Obligation>();

        if (supported && start is { } s)
        {
            list.Add(new Obligation("written_agreement", "written_agreement", "Written agreement signed before the start",
                s.AddDays(-Rules.AgreementDaysBeforeStart), Rules.AgreementSourceId));
            list.Add(new Obligation("acknowledgement", "acknowledgement", "Support acknowledged in materials from the start",
                s, Rules.AcknowledgementSourceId));
        }

        if (supported && start is { } first)
        {
            var rule = Rules.AnnualRuleFor(CountryCodes(answers));
            var last = end is { } e && e >= first ? e.Year : first.Year;
            for (var year = first.Year; year <= last; year++)
            {
                list.Add(rule.Kind == AnnualRuleKind.Public
                    ? new Obligation("annual_disclosure", $"annual_disclosure:{year}", $"Public disclosure of {year} support",
                        new DateOnly(year + 1, rule.DueMonth!.Value, Math.Min(rule.DueDay!.Value, DateTime.DaysInMonth(year + 1, rule.DueMonth.Value))),
                        rule.SourceId, rule.Text)
                    : new Obligation("annual_disclosure", $"annual_disclosure:{year}", $"Check internal policy for {year} support",
                        null, rule.SourceId, rule.Text));
            }
        }

        if (end is { } finish)
        {
            list.Add(new Obligation("benefits_profile", "benefits_profile", "Benefits of the partnership profiled",
                finish.AddDays(Rules.BenefitsDaysAfterEnd), Rules.BenefitsSourceId));
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

    /// <summary>The first due date of an obligation kind (checklist due dates), or null.</summary>
    public DateOnly? FirstDue(string obligation, Answers answers)
    {
        var kind = obligation == "first_review" ? "joint_review" : obligation;
        return Obligations(answers).Where(o => o.Kind == kind && o.Due is not null).Select(o => o.Due).FirstOrDefault();
    }

    /// <summary>Two-letter codes from the free-text countries answer ("GB, eg" -> GB, EG).</summary>
    public static IReadOnlyList<string> CountryCodes(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var text = answers.Get(QuestionIds.Countries) ?? "";
        return [.. text.Split([',', ';', ' ', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length == 2 && t.All(char.IsLetter))
            .Select(t => t.ToUpperInvariant())];
    }
}
