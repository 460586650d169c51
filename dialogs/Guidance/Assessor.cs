using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// One principle's verdict. <see cref="Source"/> is where the principle comes from; <see cref="ReasonSource"/> and
/// <see cref="ReasonCite"/> are where the reason's statement comes from (a code clause, the seed, or company policy).
/// </summary>
public sealed record PrincipleAssessment(Principle Principle, AssessmentStatus Status, string Reason, Source Source)
{
    public required Source ReasonSource { get; init; }
    public string? ReasonCite { get; init; }
}

public sealed record Assessment(IReadOnlyList<PrincipleAssessment> Items, string Readiness)
{
    /// <summary>Whether any principle or reason shown is a translation compliance has not reviewed yet.</summary>
    public bool Unreviewed { get; init; }

    public int Count(AssessmentStatus status) => Items.Count(i => i.Status == status);
}

/// <summary>Judges a collaboration against the pack's principles. Deterministic: the first matching rule wins.</summary>
public static class Assessor
{
    public static bool IsInternational(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Get(QuestionIds.Scope) == "international" || answers.Get(QuestionIds.PartnerType) == "ngo_humanitarian";
    }

    /// <summary>Answers the assessment derives on the day it runs, usable in rule conditions and reasons.</summary>
    public const string DaysToStart = "days_to_start";

    public static IReadOnlyList<string> DerivedFields => DerivedAnswers.Fields;

    /// <param name="today">When given, rules can use <see cref="DaysToStart"/> (days from today to the start date).</param>
    /// <param name="culture">The language of the principles and reasons (the pack's translations; English when null).</param>
    public static Assessment Assess(GuidancePack pack, Answers answers, DateOnly? today = null, CultureInfo? culture = null)
    {
        culture ??= Languages.English;
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        answers = DerivedAnswers.Of(answers);
        if (today is { } day && answers.GetDate(QuestionIds.StartDate) is { } start)
        {
            answers = answers.With(DaysToStart, (start.DayNumber - day.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var international = IsInternational(answers);
        var items = new List<PrincipleAssessment>();
        var unreviewed = false;
        foreach (var principle in pack.Principles.Where(p => international || !p.InternationalOnly))
        {
            var rules = pack.Assessment.First(a => a.PrincipleId == principle.Id).Rules;
            var rule = (rules.FirstOrDefault(r => r.When?.Evaluate(answers) ?? true) ?? rules[^1]).In(culture);
            var shown = principle.In(culture);
            unreviewed |= rule.Unreviewed || shown.Unreviewed;
            items.Add(new PrincipleAssessment(shown, rule.Status, AnswerText.FillIn(pack, answers, rule.Reason, culture), pack.Source(principle.SourceId))
            {
                ReasonSource = pack.Source(rule.SourceId),
                ReasonCite = rule.Cite,
            });
        }

        var gaps = items.Count(i => i.Status == AssessmentStatus.Gap);
        var attention = items.Count(i => i.Status == AssessmentStatus.NeedsAttention);
        var readiness = (gaps, attention) switch
        {
            (0, 0) => "Ready to start: every area is strong.",
            (0, _) => $"Nearly ready: {Plural(attention, "area needs", "areas need")} attention.",
            _ => $"Not ready yet: {Plural(gaps, "gap", "gaps")} to close" + (attention > 0 ? $" and {Plural(attention, "area", "areas")} to improve." : "."),
        };
        return new Assessment(items, readiness) { Unreviewed = unreviewed };
    }

    public static string Label(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Strong => "Strong",
        AssessmentStatus.NeedsAttention => "Needs attention",
        _ => "Gap",
    };

    private static string Plural(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
