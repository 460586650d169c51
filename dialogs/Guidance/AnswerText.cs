using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Texts;

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

            // As the yes/no buttons read, like the choice titles around it in the summary.
            QuestionKind.Confirm when values is [var yesNo] && yesNo is "yes" or "no" => yesNo == "yes" ? "Yes" : "No",
            QuestionKind.Text when question.Format is AnswerFormats.CountryList or AnswerFormats.Country =>
                JoinList(values.SelectMany(v => Countries.ParseList(v).Codes).Distinct().Select(Countries.Label)),
            _ => string.Join(", ", values),
        };
    }

    /// <summary>
    /// The answer as it reads in a turn's language: translated choice titles, dates and numbers as the culture
    /// writes them, Yes/No in the language. Country names stay English (docs/languages.md).
    /// </summary>
    public static string Localized(GuidancePack pack, Answers answers, string questionId, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(culture);
        if (Languages.Code(culture) == "en")
        {
            return Format(pack, answers, questionId);
        }

        var values = answers.All(questionId);
        if (values.IsDefaultOrEmpty)
        {
            return T.NotAnswered.In(culture);
        }

        var question = pack.Question(questionId)?.In(culture);
        return question?.Kind switch
        {
            QuestionKind.Choice or QuestionKind.MultiChoice => JoinListIn(values.Select(v => question.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v), culture),
            QuestionKind.Date when answers.GetDate(questionId) is { } d => CultureFormat.Date(d, culture),
            QuestionKind.Number when answers.GetNumber(questionId) is { } n => CultureFormat.Number(n, culture),
            QuestionKind.Confirm when values is [var yesNo] && yesNo is "yes" or "no" => yesNo == "yes" ? T.AnswerYes.In(culture) : T.AnswerNo.In(culture),
            QuestionKind.Text when question.Format is AnswerFormats.CountryList or AnswerFormats.Country =>
                JoinListIn(values.SelectMany(v => Countries.ParseList(v).Codes).Distinct().Select(Countries.Label), culture),
            _ => string.Join(", ", values),
        };
    }

    /// <summary>"a", "a und b", "a, b et c": the list joined in the culture's language.</summary>
    public static string JoinListIn(IEnumerable<string> items, CultureInfo culture)
    {
        var list = items.ToList();
        return list.Count <= 1
            ? string.Concat(list)
            : string.Format(culture, T.ListAnd.Set.Template(T.ListAnd.Key, culture), string.Join(", ", list.Take(list.Count - 1)), list[^1]);
    }

    /// <summary>
    /// Replaces {question_id} placeholders in pack text with the answers as they read inside a sentence: choice
    /// titles in lower case ("you review together quarterly", "the agreement is drafted") unless they carry a
    /// name or an acronym, and no closing full stop of a typed answer before the template's own punctuation.
    /// </summary>
    public static string Fill(GuidancePack pack, Answers answers, string template)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Replace(template, m =>
        {
            var text = InSentence(pack, answers, m.Groups[1].Value);
            var before = template[..m.Index].TrimEnd(' ', '"');
            var startsSentence = before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n';
            return startsSentence && text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        });
    }

    /// <summary>
    /// <see cref="Fill(GuidancePack, Answers, string)"/> for a translated template: the answers as they read in the
    /// turn's language (translated choice titles, dates and numbers as the culture writes them). French choice titles
    /// go into lower case inside a sentence as the English ones do; German ones keep their capitals (nouns).
    /// </summary>
    public static string FillIn(GuidancePack pack, Answers answers, string template, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(culture);
        if (Languages.Code(culture) == "en")
        {
            return Fill(pack, answers, template);
        }

        return Placeholder().Replace(template, m =>
        {
            var id = m.Groups[1].Value;
            var text = Localized(pack, answers, id, culture);
            if (Languages.Code(culture) == "fr" && !answers.All(id).IsDefaultOrEmpty && pack.Question(id)?.In(culture) is { Kind: QuestionKind.Choice or QuestionKind.MultiChoice or QuestionKind.Confirm } question)
            {
                text = question.Kind == QuestionKind.Confirm
                    ? SentenceCase(text)
                    : JoinListIn(answers.All(id).Select(v => SentenceCase(question.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v)), culture);
            }

            text = text.TrimEnd().TrimEnd('.', ';', ':', '!');
            var before = template[..m.Index].TrimEnd(' ', '"', '«', '„', '\u00a0');
            var startsSentence = before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n';
            return startsSentence && text.Length > 0 ? char.ToUpper(text[0], culture) + text[1..] : text;
        });
    }

    private static string InSentence(GuidancePack pack, Answers answers, string questionId)
    {
        var text = Format(pack, answers, questionId);
        if (text == NotAnswered)
        {
            return text;
        }

        if (pack.Question(questionId)?.Kind is QuestionKind.Choice or QuestionKind.MultiChoice)
        {
            var values = answers.All(questionId);
            var question = pack.Question(questionId)!;
            text = JoinList(values.Select(v => SentenceCase(question.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v)));
        }
        else if (pack.Question(questionId)?.Kind is QuestionKind.Confirm)
        {
            text = SentenceCase(text);
        }

        return text.TrimEnd().TrimEnd('.', ';', ':', '!');
    }

    /// <summary>
    /// "Quarterly" -> "quarterly", "An HCP committee" -> "an HCP committee"; a first word with another capital
    /// (an acronym or a name such as "HCPs" or "LMI") keeps its case, and so do later words.
    /// </summary>
    public static string SentenceCase(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var firstWord = title.Split(' ', '-', '(')[0];
        return firstWord.Length > 1 && char.IsUpper(firstWord[0]) && !firstWord.Skip(1).Any(char.IsUpper)
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;
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
