using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

public sealed class QuizTranscriptTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    [Fact]
    public void Quiz_FiveQuestions_FeedbackAfterEachAndBestScoreKept()
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack))) { Host = host.Apply };
        chat.Inputs = host.Apply([]);
        chat.Send("hi");

        chat.Send("quiz").Expect("**Question 1 of 5.**");
        for (var round = 0; round < 2; round++)
        {
            for (var n = 1; n <= 5; n++)
            {
                var question = Pack.Quiz.Single(q => Transcript.Describe(chat.Replies[^1]).Contains(q.Scenario, StringComparison.Ordinal));
                var shown = chat.Replies.OfType<ChoicesReply>().Last().Choices.Select(c => c.Title).ToList();
                var correct = shown.IndexOf(question.Options[question.CorrectIndex].Text);

                // First round: all correct. Second round: the first answer wrong, the rest right.
                var pick = round == 1 && n == 1 ? (correct + 1) % shown.Count : correct;
                chat.Send((pick + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                // The typed answer first closes the question's card (an update in place), then the feedback follows.
                Assert.True(Transcript.IsAnsweredCard(chat.Replies[0]));
                Assert.Contains(pick == correct ? "**Correct.**" : "**Not quite.** The best answer is", Transcript.Describe(chat.Replies[1]), StringComparison.Ordinal);
                Assert.Contains("source:", Transcript.Describe(chat.Replies[1]), StringComparison.Ordinal);
            }

            Assert.Contains(round == 0 ? "You scored **5/5**, your best yet." : "You scored **4/5**. Your best so far is 5/5.", Transcript.Describe(chat.Replies[^1]), StringComparison.Ordinal);
            chat.ExpectStackEmpty();
            if (round == 0)
            {
                chat.Send("quiz");
            }
        }

        Assert.Equal(new QuizRecord(5, 5, 2), host.Quiz);
    }

    [Fact]
    public void Draw_SameSeed_SameQuestions_DifferentSeeds_Vary()
    {
        Assert.Equal(QuizDialog.Draw(Pack, "t1"), QuizDialog.Draw(Pack, "t1"));
        Assert.Equal(5, QuizDialog.Draw(Pack, "t1").Distinct().Count());
        Assert.True(Enumerable.Range(0, 10).Select(i => string.Join(",", QuizDialog.Draw(Pack, $"seed-{i}"))).Distinct().Count() > 1);
    }

    [Fact]
    public void OptionOrder_PerRound_ShufflesSoTheCorrectAnswerMoves()
    {
        var rounds = Enumerable.Range(0, 40).Select(i => $"round-{i}").ToList();

        // Same round, same order (a round is reproducible); every order is a permutation of the pack's options.
        Assert.All(Pack.Quiz, q => Assert.Equal(QuizDialog.OptionOrder(q, "round-1"), QuizDialog.OptionOrder(q, "round-1")));
        Assert.All(Pack.Quiz, q => Assert.Equal(Enumerable.Range(0, q.Options.Count), QuizDialog.OptionOrder(q, "round-1").Order()));

        // Over many rounds the correct answer is shown in every position, not always second.
        var positions = Pack.Quiz.SelectMany(q => rounds.Select(r => QuizDialog.OptionOrder(q, r).ToList().IndexOf(q.CorrectIndex))).ToList();
        Assert.Equal([0, 1, 2], positions.Distinct().Order());
        Assert.All(positions.GroupBy(p => p), g => Assert.InRange(g.Count(), positions.Count / 5, positions.Count / 2));
    }

    [Fact]
    public void Quiz_Pack_HasQuestionsOnPartnerTypePaymentYearAndCountries()
    {
        Assert.Contains(Pack.Quiz, q => q.Id == "q-partner-type" && q.Options[q.CorrectIndex].Text.Contains("Disclosure UK", StringComparison.Ordinal));
        Assert.Contains(Pack.Quiz, q => q.Id == "q-payment-year" && q.Options[q.CorrectIndex].Text.StartsWith("2027", StringComparison.Ordinal));
        // Issue 29: the recipient's country decides (LMI 26.3; ABPI: UK recipients whoever pays), not each country of the project.
        var countries = Pack.Quiz.Single(q => q.Id == "q-countries");
        Assert.Contains("where the recipient is based", countries.Options[countries.CorrectIndex].Text, StringComparison.Ordinal);
        Assert.Contains("27.2", Pack.Quiz.Single(q => q.Id == "q-agreement-timing").Cite, StringComparison.Ordinal);
        Assert.Contains("before the grant is paid", Pack.Quiz.Single(q => q.Id == "q-agreement-timing").Explanation, StringComparison.Ordinal);
        Assert.Contains("represent a patient organisation", Pack.Quiz.Single(q => q.Id == "q-patients-paid").Explanation, StringComparison.Ordinal);
        var soleFunder = Pack.Quiz.Single(q => q.Id == "q-sole-funder");
        Assert.Null(soleFunder.PrincipleId);
        Assert.Equal("ifpma-code", soleFunder.SourceId);
        Assert.Contains("own choice", soleFunder.Options[soleFunder.CorrectIndex].Text, StringComparison.Ordinal);
        Assert.Equal("jpa-international", Pack.Quiz.Single(q => q.Id == "q-sustainability").SourceId);
        Assert.Contains("prescription-only medicine", Pack.Quiz.Single(q => q.Id == "q-authentic-service").Explanation, StringComparison.Ordinal);
    }
}
