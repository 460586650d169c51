using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The pack's guidance in a turn's language: principles and lessons, the assessment's reasons, checklist items and
/// quiz questions from the pack's translations (English where a field is missing), marked <c>Unreviewed</c> until
/// compliance has reviewed the translation. Ids, sources, citations and conditions never change with the language;
/// clause numbers, code names and dates are written in the translated text as in the English.
/// </summary>
public static class GuidanceLocalizer
{
    public static Principle In(this Principle principle, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(principle);
        return For(principle.Translations, culture) is { } t
            ? principle with { Title = t.Text("title") ?? principle.Title, Summary = t.Text("summary") ?? principle.Summary, Why = t.Text("why") ?? principle.Why, Unreviewed = !t.Reviewed }
            : principle;
    }

    public static AssessmentRule In(this AssessmentRule rule, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return For(rule.Translations, culture) is { } t && t.Text("reason") is { } reason
            ? rule with { Reason = reason, Unreviewed = !t.Reviewed }
            : rule;
    }

    public static ChecklistTemplate In(this ChecklistTemplate template, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(template);
        return For(template.Translations, culture) is { } t && t.Text("text") is { } text
            ? template with { Text = text, Unreviewed = !t.Reviewed }
            : template;
    }

    /// <summary>The question with its scenario, options, explanation and topic translated; which option is correct never changes.</summary>
    public static QuizQuestion In(this QuizQuestion question, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(question);
        return For(question.Translations, culture) is { } t
            ? question with
            {
                Scenario = t.Text("scenario") ?? question.Scenario,
                Explanation = t.Text("explanation") ?? question.Explanation,
                Topic = question.Topic is null ? null : t.Text("topic") ?? question.Topic,
                Options = [.. question.Options.Select((o, i) => t.Text($"options[{i}]") is { } text ? o with { Text = text } : o)],
                Unreviewed = !t.Reviewed,
            }
            : question;
    }

    private static PackTranslation? For(IReadOnlyDictionary<string, PackTranslation> translations, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = Languages.Code(culture);
        return language != "en" && translations.TryGetValue(language, out var t) ? t : null;
    }

    /// <summary>
    /// What the pack does not translate, one line per item and language ("checklist.independence de: text",
    /// "quiz.q-adapt fr: options[1]"), questions included: <c>content validate</c> lists them; they show in English.
    /// </summary>
    public static IReadOnlyList<string> Missing(GuidancePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var lines = new List<string>();
        foreach (var p in pack.Principles)
        {
            Check(lines, $"principles.{p.Id}", p.Translations, ["title", "summary", "why"]);
        }

        lines.AddRange(QuestionLocalizer.Missing(pack));

        foreach (var a in pack.Assessment)
        {
            for (var i = 0; i < a.Rules.Count; i++)
            {
                Check(lines, $"assessment.{a.PrincipleId}.rules[{i}]", a.Rules[i].Translations, ["reason"]);
            }
        }

        foreach (var c in pack.Checklist)
        {
            Check(lines, $"checklist.{c.Id}", c.Translations, ["text"]);
        }

        foreach (var q in pack.Quiz)
        {
            string[] fields = ["scenario", .. q.Options.Select((_, i) => $"options[{i}]"), "explanation", .. q.Topic is null ? Array.Empty<string>() : ["topic"]];
            Check(lines, $"quiz.{q.Id}", q.Translations, fields);
        }

        return lines;
    }

    private static void Check(List<string> lines, string item, IReadOnlyDictionary<string, PackTranslation> translations, IReadOnlyList<string> fields)
    {
        foreach (var language in TranslationReader.Languages)
        {
            if (!translations.TryGetValue(language, out var t))
            {
                lines.Add($"{item} {language}: not translated");
            }
            else if (fields.Where(f => t.Text(f) is null).ToList() is { Count: > 0 } missing)
            {
                lines.Add($"{item} {language}: {string.Join(", ", missing)}");
            }
        }
    }
}
