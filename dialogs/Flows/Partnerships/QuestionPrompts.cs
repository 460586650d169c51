using System.Runtime.CompilerServices;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

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

    // The help and the choices depend only on the pack's question (immutable), not on the turn: built once each.
    private static readonly ConditionalWeakTable<Question, Asked> Built = [];

    public static PromptOptions Options(GuidancePack pack, Question question, Answers answers, int number)
    {
        if (!Built.TryGetValue(question, out var built))
        {
            built = Built.GetOrAdd(question, new Asked(Help(pack, question), [.. question.Choices.Select(c => new Choice(c.Value, c.Title) { Synonyms = c.Synonyms })]));
        }

        return new PromptOptions
        {
            Text = $"**{number}.** {question.Prompt}",
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

    /// <summary>The question's help, citing its recommendation or lesson and the source.</summary>
    public static string Help(GuidancePack pack, Question question)
    {
        if (question.PrincipleId is not { } id)
        {
            return question.Help;
        }

        var principle = pack.Principle(id);
        return $"{question.Help}\n\n_{principle.Id} {principle.Title}: {principle.Summary}_ (source: {pack.Source(principle.SourceId).Cite(null)})";
    }
}
