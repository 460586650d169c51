using System.Globalization;
using System.Runtime.CompilerServices;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// A pack question in a turn's language: its label, prompt, help and choice titles from the pack's translation
/// where there is one (English where a field is missing), marked <see cref="Question.Unreviewed"/> until compliance
/// has reviewed the translation. Choice values stay the same, and the English titles and synonyms still pick a
/// choice, so answers and conditions never depend on the language.
/// </summary>
public static class QuestionLocalizer
{
    // A pack's questions are immutable: each language's copy is built once.
    private static readonly ConditionalWeakTable<Question, Dictionary<string, Question>> Built = [];

    public static Question In(this Question question, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(culture);
        var language = Languages.Code(culture);
        if (language == "en" || !question.Translations.TryGetValue(language, out var translation))
        {
            return question;
        }

        var copies = Built.GetValue(question, _ => []);
        lock (copies)
        {
            if (!copies.TryGetValue(language, out var copy))
            {
                copy = Translate(question, translation);
                copies[language] = copy;
            }

            return copy;
        }
    }

    /// <summary>
    /// What the pack does not translate, one line per question and language ("partner_type de: help, choices.other"):
    /// <c>content validate</c> lists them; they show in English.
    /// </summary>
    public static IReadOnlyList<string> Missing(GuidancePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var lines = new List<string>();
        foreach (var question in pack.Questions)
        {
            foreach (var language in (string[])["de", "fr"])
            {
                if (!question.Translations.TryGetValue(language, out var t))
                {
                    lines.Add($"questions.{question.Id} {language}: not translated");
                    continue;
                }

                var fields = new List<string>();
                if (t.Label is null)
                {
                    fields.Add("label");
                }

                if (t.Prompt is null)
                {
                    fields.Add("prompt");
                }

                if (t.Help is null)
                {
                    fields.Add("help");
                }

                fields.AddRange(question.Choices.Where(c => !t.Choices.ContainsKey(c.Value)).Select(c => $"choices.{c.Value}"));
                if (fields.Count > 0)
                {
                    lines.Add($"questions.{question.Id} {language}: {string.Join(", ", fields)}");
                }
            }
        }

        return lines;
    }

    private static Question Translate(Question question, QuestionTranslation t) => question with
    {
        Label = t.Label ?? question.Label,
        Prompt = t.Prompt ?? question.Prompt,
        Help = t.Help ?? question.Help,
        Choices = [.. question.Choices.Select(c => t.Choices.TryGetValue(c.Value, out var title)
            ? c with { Title = title, Synonyms = [c.Title, .. c.Synonyms] }
            : c)],
        Unreviewed = !t.Reviewed,
    };
}
