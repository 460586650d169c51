using System.Globalization;
using System.Runtime.CompilerServices;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>Turns a pack question into the engine prompt that asks it.</summary>
internal static class QuestionPrompts
{
    public static string PromptId(Question question) => question.Kind switch
    {
        QuestionKind.Text => PromptIds.Text,
        QuestionKind.Number => PromptIds.Number,
        QuestionKind.Confirm => PromptIds.Confirm,
        QuestionKind.Choice => PromptIds.Choice,
        QuestionKind.MultiChoice => PromptIds.MultiChoice,
        _ => PromptIds.Date,
    };

    // The help and the choices depend only on the pack's question (immutable; one copy per language), not on the
    // turn: built once each.
    private static readonly ConditionalWeakTable<Question, Asked> Built = [];

    /// <summary>How the question is asked in the turn's language (the pack's translation, marked while unreviewed).</summary>
    public static PromptOptions Options(GuidancePack pack, Question question, Answers answers, int number, CultureInfo culture)
    {
        question = question.In(culture);
        if (!Built.TryGetValue(question, out var built))
        {
            built = Built.GetOrAdd(question, new Asked(Help(pack, question, culture), [.. question.Choices.Select(c => new Choice(c.Value, c.Title) { Synonyms = c.Synonyms })]));
        }

        var mark = question.Unreviewed ? $" {T.TranslationNotReviewed.In(culture).Value}" : "";
        return new PromptOptions
        {
            Text = $"**{number}.** {question.Prompt}{mark}",
            Help = built.Help,
            Choices = built.Choices,
            MinLength = question.MinLength,
            MaxLength = question.MaxLength,
            Min = question.Min,
            Max = question.Max,
            WholeNumber = question.Whole,
            Suggested = question.After is { } after ? answers.GetDate(after)?.AddMonths(12) : null,
        };
    }

    private sealed record Asked(string Help, IReadOnlyList<Choice> Choices);

    /// <summary>The question's help, citing its recommendation or lesson and the source; marked while its translation is unreviewed.</summary>
    public static string Help(GuidancePack pack, Question question, CultureInfo culture)
    {
        var help = question.Unreviewed ? $"{question.Help} {T.TranslationNotReviewed.In(culture).Value}" : question.Help;
        if (question.PrincipleId is not { } id)
        {
            return help;
        }

        // The principle in the question's language (pack text, trusted markup); the source's citation stays English.
        var principle = pack.Principle(id).In(culture);
        return T.QuestionHelpSource.Format(
            culture,
            MarkdownText.Trusted(help),
            MarkdownText.Trusted(principle.Id),
            MarkdownText.Trusted(principle.Title),
            MarkdownText.Trusted(principle.Summary),
            MarkdownText.Trusted(pack.Source(principle.SourceId).Cite(null))).Value;
    }
}
