using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

/// <summary>
/// Every question card carries the token of its asking: a click on an answered or older card never answers the
/// open question, the clicked card turns into the answer, and commands typed at a question run in between.
/// </summary>
public sealed class StaleCardTests
{
    private static Transcript Chat() => new Transcript(BotDialogs.CreateRunner(b => b
        .AddDialog(new ProfileDialog(1)).AddCommand(BotCommand.StartDialog("profile", "fill in your profile", ProfileDialog.DialogId))
        .AddCommand(BotCommand.Run("status", "how things stand", i =>
        {
            i.Context.Say($"Status: all good.");
            return i.Step.End();
        }))
        .AddCommand(BotCommand.Run("restock", "start another list", i => i.Step.End()) with { RunsDuringQuestion = false })))
        .Send("hi").Expect("Hello, Alex!");

    [Fact]
    public void AnsweredYesNoCard_ClickedAtTheNextChoiceQuestion_RecordsNothingAndShowsWhereTheUserIs()
    {
        var t = Chat().Send("profile").Send("Alex").Send("30").Expect("Do you want the newsletter?");
        var newsletterCard = t.LastPromptCard;
        t.Click("yes").Expect("Your role?");

        t.ClickOn(newsletterCard, "yes").Expect("That card is from an earlier step, so I didn't record anything from it.", "Your role? [Medical affairs | Patient advocacy]");
        Assert.DoesNotContain(t.Replies, Transcript.IsAnsweredCard);

        t.Click("med").Expect("Saved Alex, 30, newsletter yes, med.");
    }

    [Fact]
    public void CardWithoutToken_AtATokenedQuestion_IsRefused()
    {
        var t = Chat().Send("profile").Send("Alex").Send("30");
        t.Submit(CardIds.Answer, new Dictionary<string, string> { [CardIds.Answer] = "yes" })
            .Expect("That card is from an earlier step", "Do you want the newsletter?");
        t.Submit(CardIds.Answer, new Dictionary<string, string> { [CardIds.Answer] = "yes", [CardIds.Prompt] = "0123456789" })
            .Expect("That card is from an earlier step", "Do you want the newsletter?");
    }

    [Fact]
    public void ClickOnTheOpenCard_ReplacesItWithTheQuestionAndTheAnswer()
    {
        var t = Chat().Send("profile").Send("Alex").Send("30").Click("yes");

        var answered = Assert.Single(t.Replies.OfType<CardReply>());
        Assert.True(answered.ReplacesOriginal);
        Assert.Equal("Do you want the newsletter?\n\n**Your answer:** Yes", answered.Card.Text);
        Assert.Empty(answered.Card.Actions);
        Assert.Equal("Answered", answered.Card.Title);
    }

    [Fact]
    public void EachAsking_HasItsOwnToken_AndARetryKeepsIt()
    {
        var t = Chat().Send("profile").Send("Alex").Send("30");
        var first = Assert.IsType<ChoicesReply>(t.LastPromptCard);
        Assert.Matches("^[0-9a-f]{10}$", first.PromptToken);

        t.Send("maybe").Expect("Please answer **yes** or **no**.", "Do you want the newsletter?");
        Assert.Equal(first.PromptToken, Assert.IsType<ChoicesReply>(t.LastPromptCard).PromptToken);
        t.ClickOn(first, "no").Expect("Your role?");
        Assert.NotEqual(first.PromptToken, Assert.IsType<ChoicesReply>(t.LastPromptCard).PromptToken);
    }

    [Fact]
    public void Back_AsksTheQuestionAgain_AndItsCardAnswersIt()
    {
        var t = Chat().Send("profile").Send("Alex").Send("30");
        var newsletter = t.LastPromptCard;
        t.Click("yes").Send("back").Expect("Okay, back to the previous question.", "Do you want the newsletter?");
        t.ClickOn(newsletter, "no").Expect("Your role?");
    }

    [Fact]
    public void CommandTyped_AtAChoiceQuestion_RunsAndTheQuestionIsAskedAgain()
    {
        var t = Chat().Send("profile").Send("Alex").Send("30").Click("yes");
        var role = t.LastPromptCard;
        t.Send("status").Expect("Status: all good.", "Back to the question:", "Your role? [Medical affairs | Patient advocacy]");
        t.ClickOn(role, "pa").Expect("Saved Alex, 30, newsletter yes, pa.");
    }

    [Fact]
    public void CommandTyped_AtANumberQuestion_RunsAndTheFailedTriesAreNotCounted()
    {
        Chat().Send("profile").Send("Alex")
            .Send("status").Expect("Status: all good.", "Back to the question:", "How old are you?")
            .Send("status").Send("status").Send("status").Expect("Status: all good.", "Back to the question:", "How old are you?")
            .Send("30").Expect("Do you want the newsletter?");
    }

    [Fact]
    public void CommandThatStartsItsOwnConversation_AtAQuestion_SaysHowToLeave()
    {
        Chat().Send("profile").Send("Alex")
            .Send("restock").Expect("You're in the middle of a question. Type **cancel** to leave it first, then **restock**.", "Back to the question:", "How old are you?");
    }

    [Fact]
    public void CommandWord_AtAFreeTextQuestion_RunsAndSaysHowToAnswerWithTheWord()
    {
        Chat().Send("profile")
            .Send("status").Expect("Status: all good.", "Back to the question. To answer it with the word itself, type it in quotes: \"status\".", "What is your name?")
            .Send("\"status\"").Expect("How old are you?");
    }
}
