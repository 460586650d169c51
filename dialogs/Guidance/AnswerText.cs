using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>How answers read back to people: choice titles instead of values, dates spelled out.</summary>
public static partial class AnswerText
{
    public const string NotAnswered = "(not answered)";

    public static string Format(GuidancePack pack, Answers answers, string questionId)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        var values = answers.All(questionId);
        if (values.IsDefaultOrEmpty)
        {
            return NotAnswered;
        }

        var question = pack.Question(questionId);
        return question?.Kind switch
        {
            QuestionKind.Choice or QuestionKind.MultiChoice => JoinList(values.Select(v => question.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v)),
            QuestionKind.Date when answers.GetDate(questionId) is { } d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            QuestionKind.Number when answers.GetNumber(questionId) is { } n => n.ToString("#,0.##", CultureInfo.InvariantCulture),
            QuestionKind.Text when question.Format == "countries" => JoinList(DisclosureCalendar.CountryCodes(answers).Select(Countries.Label)),
            _ => string.Join(", ", values),
        };
    }

    /// <summary>Replaces {question_id} placeholders in pack text with the formatted answers.</summary>
    public static string Fill(GuidancePack pack, Answers answers, string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Replace(template, m => Format(pack, answers, m.Groups[1].Value));
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }

    /// <summary>The question ids a template refers to.</summary>
    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
