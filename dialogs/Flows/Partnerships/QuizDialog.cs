using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <param name="Seed">Shuffles each question's options for this round (the turn id that started it).</param>
public sealed record QuizState(IReadOnlyList<string> QuestionIds, int Index = 0, int Score = 0, string Seed = "");

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
        var random = Seeded(seed ?? "");
        return [.. pack.Quiz.Select(q => q.Id).OrderBy(_ => random.Next()).Take(Math.Min(Length, pack.Quiz.Count))];
    }

    /// <summary>
    /// The order in which a question's options are shown this round, as indexes into the pack's options: a shuffle
    /// seeded by the round and the question, so the correct answer moves between rounds but a round is reproducible.
    /// </summary>
    public static IReadOnlyList<int> OptionOrder(QuizQuestion question, string seed)
    {
        ArgumentNullException.ThrowIfNull(question);
        var random = Seeded($"{seed}/{question.Id}");
        return [.. Enumerable.Range(0, question.Options.Count).OrderBy(_ => random.Next())];
    }

    private static Random Seeded(string seed) => new(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0));

    protected override QuizState CreateState(object? options) =>
        options as QuizState ?? throw new ArgumentException("The quiz starts with a QuizState.", nameof(options));

    protected override MarkdownText? OnCancel(QuizState state, DialogContext context) =>
        T.QuizStopped.Format(context.Culture, state.Index);

    private DialogTurnResult Ask(StepContext<QuizState> step)
    {
        var culture = step.Context.Culture;
        var question = Current(step.State).In(culture);
        var order = OptionOrder(question, step.State.Seed);
        var mark = MarkdownText.Trusted(Mark(question, culture));
        return step.Prompt(PromptIds.Choice, new PromptOptions
        {
            // Pack text: the prompt's text is markdown from the pack, as before (not a user's words).
            Text = $"{T.QuizQuestion.Format(culture, step.State.Index + 1, step.State.QuestionIds.Count, MarkdownText.Trusted(question.Scenario))}{mark}",
            Help = T.QuizHelp.Format(culture, MarkdownText.Trusted(About(question, culture))),
            Choices = [.. order.Select((original, shown) => new Choice(((char)('a' + shown)).ToString(), question.Options[original].Text))],
        });
    }

    private DialogTurnResult Answer(StepContext<QuizState> step)
    {
        var state = step.State;
        var culture = step.Context.Culture;
        var question = Current(state).In(culture);
        var picked = OptionOrder(question, state.Seed)[step.ResultAs<FoundChoice>().Index];
        var correct = picked == question.CorrectIndex;
        var citation = MarkdownText.Trusted(Citation(question, culture));
        var explanation = MarkdownText.Trusted(question.Explanation);
        var mark = MarkdownText.Trusted(Mark(question, culture));
        step.Say(correct
            ? (MarkdownText)$"{T.QuizCorrect.Format(culture, explanation, citation)}{mark}"
            : (MarkdownText)$"{T.QuizNotQuite.Format(culture, MarkdownText.Trusted(question.Options[question.CorrectIndex].Text), explanation, citation)}{mark}");
        var next = state with { Index = state.Index + 1, Score = state.Score + (correct ? 1 : 0) };
        if (next.Index < next.QuestionIds.Count)
        {
            return step.ReplaceDialog(DialogId, next);
        }

        var best = step.Context.Inputs.Get<PartnershipWorkspace>()?.Quiz?.BestScore;
        var total = next.QuestionIds.Count;
        step.Say(best is { } b && b >= next.Score
            ? T.QuizScore.Format(culture, next.Score, total, b)
            : T.QuizScoreBest.Format(culture, next.Score, total));
        step.Context.Emit(new RecordQuizScore(next.Score, total, step.Turn.Timestamp));
        return step.End();
    }

    /// <summary>What the feedback cites, inside its own brackets: the principle or topic and the source.</summary>
    /// <remarks>Only "source" is the bot's word, in the turn's language; the principle and the source are pack text (trusted).</remarks>
    internal string Citation(QuizQuestion question, CultureInfo culture) =>
        T.QuizCitation.Format(culture, MarkdownText.Trusted(About(question, culture)), MarkdownText.Trusted(pack.Source(question.SourceId).Cite(question.Cite))).Value;

    // The principle's title in the turn's language; a localized question carries its translated topic.
    private string About(QuizQuestion question, CultureInfo culture) =>
        question.PrincipleId is { } id ? $"{id} {pack.Principle(id).In(culture).Title}" : question.Topic!;

    // Once per message, after the question or the feedback, as a translated interview question carries it.
    private static string Mark(QuizQuestion question, CultureInfo culture) =>
        question.Unreviewed ? $" {T.TranslationNotReviewed.In(culture).Value}" : "";

    private QuizQuestion Current(QuizState state) => pack.Quiz.First(q => q.Id == state.QuestionIds[state.Index]);
}
