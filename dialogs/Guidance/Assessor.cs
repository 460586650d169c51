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

public sealed record Assessment(IReadOnlyList<PrincipleAssessment> Items)
{
    /// <summary>Whether any principle or reason shown is a translation compliance has not reviewed yet.</summary>
    public bool Unreviewed { get; init; }

    public int Count(AssessmentStatus status) => Items.Count(i => i.Status == status);

    /// <summary>
    /// How ready the collaboration is, in <paramref name="culture"/>'s language: "Ready to start: every area is
    /// strong.", "Nearly ready: 1 area needs attention.", "Not ready yet: 2 gaps to close and 1 area to improve.".
    /// Plain text.
    /// </summary>
    public string Readiness(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var gaps = Count(AssessmentStatus.Gap);
        var attention = Count(AssessmentStatus.NeedsAttention);
        return (gaps, attention) switch
        {
            (0, 0) => T.ReadinessReady.In(culture).Value,
            (0, _) => (attention == 1 ? T.ReadinessNearlyOne : T.ReadinessNearlyMany).Plain(culture, attention),
            (_, 0) => T.ReadinessNotReady.Plain(culture, (gaps == 1 ? T.ReadinessGapsOne : T.ReadinessGapsMany).Plain(culture, gaps)),
            _ => T.ReadinessNotReadyAndImprove.Plain(
                culture,
                (gaps == 1 ? T.ReadinessGapsOne : T.ReadinessGapsMany).Plain(culture, gaps),
                (attention == 1 ? T.ReadinessAreasOne : T.ReadinessAreasMany).Plain(culture, attention)),
        };
    }
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

        return new Assessment(items) { Unreviewed = unreviewed };
    }

    /// <summary>A principle's verdict in <paramref name="culture"/>'s language: "Strong", "Needs attention", "Gap". Plain text.</summary>
    public static string Label(AssessmentStatus status, CultureInfo culture) => (status switch
    {
        AssessmentStatus.Strong => T.AssessmentStrong,
        AssessmentStatus.NeedsAttention => T.AssessmentNeedsAttention,
        _ => T.AssessmentGap,
    }).In(culture).Value;
}
