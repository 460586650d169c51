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
                // First round: all correct. Second round: the first answer wrong, the rest right.
                var pick = round == 1 && n == 1 ? (question.CorrectIndex + 1) % question.Options.Count : question.CorrectIndex;
                chat.Send((pick + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Contains(pick == question.CorrectIndex ? "**Correct.**" : "**Not quite.** The best answer is", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
                Assert.Contains("source:", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
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
}
