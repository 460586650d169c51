using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

public sealed record QuizState(IReadOnlyList<string> QuestionIds, int Index = 0, int Score = 0);

/// <summary>Five scenario questions from the pack, feedback with the explanation and source after each, a score.</summary>
public sealed class QuizDialog : WaterfallDialog<QuizState>
{
    public const string DialogId = "quiz";
    public const int Length = 5;
    private readonly GuidancePack pack;

    public QuizDialog(GuidancePack pack)
        : base(DialogId, version: 1)
    {
        this.pack = pack ?? throw new ArgumentNullException(nameof(pack));
        AddStep(Ask);
        AddStep(Answer);
    }

    /// <summary>Draws the questions for a round: a shuffle seeded by the turn id, so a round is reproducible.</summary>
    public static IReadOnlyList<string> Draw(GuidancePack pack, string seed)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed ?? ""));
        var random = new Random(BitConverter.ToInt32(hash, 0));
        return [.. pack.Quiz.Select(q => q.Id).OrderBy(_ => random.Next()).Take(Math.Min(Length, pack.Quiz.Count))];
    }

    protected override QuizState CreateState(object? options) =>
        options as QuizState ?? throw new ArgumentException("The quiz starts with a QuizState.", nameof(options));

    protected override string? OnCancel(QuizState state, DialogContext context) =>
        $"Quiz stopped after {state.Index} question(s); this round is not scored.";

    private DialogTurnResult Ask(StepContext<QuizState> step)
    {
        var question = Current(step.State);
        return step.Prompt(PromptIds.Choice, new PromptOptions
        {
            Text = $"**Question {step.State.Index + 1} of {step.State.QuestionIds.Count}.** {question.Scenario}",
            Help = $"Pick the option that fits the guidance best. This question is about {pack.Principle(question.PrincipleId).Title}.",
            Choices = [.. question.Options.Select((o, i) => new Choice(((char)('a' + i)).ToString(), o.Text))],
        });
    }

    private DialogTurnResult Answer(StepContext<QuizState> step)
    {
        var state = step.State;
        var question = Current(state);
        var picked = step.ResultAs<FoundChoice>().Index;
        var correct = picked == question.CorrectIndex;
        var citation = $"{question.PrincipleId} {pack.Principle(question.PrincipleId).Title}; source: {pack.Source(question.SourceId).Citation}";
        step.Say(correct
            ? $"**Correct.** {question.Explanation} _({citation})_"
            : $"**Not quite.** The best answer is: {question.Options[question.CorrectIndex].Text}. {question.Explanation} _({citation})_");
        var next = state with { Index = state.Index + 1, Score = state.Score + (correct ? 1 : 0) };
        if (next.Index < next.QuestionIds.Count)
        {
            return step.ReplaceDialog(DialogId, next);
        }

        var best = step.Context.Inputs.Get<PartnershipWorkspace>()?.Quiz?.BestScore;
        var total = next.QuestionIds.Count;
        step.Say(best is { } b && b >= next.Score
            ? $"You scored **{next.Score}/{total}**. Your best so far is {b}/{total}. Type **quiz** to try another round."
            : $"You scored **{next.Score}/{total}**, your best yet. Type **quiz** to try another round.");
        step.Context.Emit(new RecordQuizScore(next.Score, total, step.Turn.Timestamp));
        return step.End();
    }

    private QuizQuestion Current(QuizState state) => pack.Quiz.First(q => q.Id == state.QuestionIds[state.Index]);
}
