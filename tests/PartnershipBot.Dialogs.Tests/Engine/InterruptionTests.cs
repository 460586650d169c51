using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class InterruptionTests
{
    internal static DialogRunner Runner(int profileVersion = 1) => BotDialogs.CreateRunner(b => b
        .AddDialog(new ProfileDialog(profileVersion)).AddCommand(BotCommand.StartDialog("profile", "fill in your profile", ProfileDialog.DialogId))
        .AddDialog(new ProjectDialog()).AddDialog(new ApprovalDialog()).AddCommand(BotCommand.StartDialog("project", "start a project", "project"))
        .AddDialog(new ShoppingDialog()).AddCommand(BotCommand.StartDialog("shop", "make a shopping list", "shopping")));

    internal static Transcript Chat(DialogRunner? runner = null) => new Transcript(runner ?? Runner()).Send("hi").Expect("Hello, Alex!");

    [Fact]
    public void Help_AtQuestion_ShowsDialogHelpThenAsksAgain()
    {
        Chat().Send("profile").Expect("What is your name?")
            .Send("help").Expect("Your name as it appears on the contract.\n\nYou can also type **back**", "What is your name?")
            .Send("Alex").Expect("How old are you?");
    }

    [Fact]
    public void Help_WithoutDialogHelp_ExplainsThePromptKind()
    {
        Chat().Send("profile").Send("Alex")
            .Send("Help").Expect("Type a whole number from 18 to 120, for example 18.", "How old are you?");
    }

    [Fact]
    public void Cancel_BeforeAnyAnswer_SaysNothingWasKept()
    {
        var t = Chat().Send("profile")
            .Send("cancel").Expect("Okay, I cancelled that. Nothing from it was saved. Type **help** to see what I can do.")
            .ExpectStackEmpty();

        Assert.Empty(t.Effects);
    }

    [Fact]
    public void Cancel_WithAQuestionMark_CancelsLikeACommandWithOne()
    {
        // "reminders?" runs the command; "cancel?" is read the same way (one normaliser for both).
        Chat().Send("profile").Expect("What is your name?")
            .Send("cancel?").Expect("Okay, I cancelled that. Nothing from it was saved. Type **help** to see what I can do.")
            .ExpectStackEmpty();
    }

    [Fact]
    public void QuestionMarkAlone_AtQuestion_StillAsksForHelp()
    {
        Chat().Send("profile").Expect("What is your name?")
            .Send("?").Expect("Your name as it appears on the contract.\n\nYou can also type **back**", "What is your name?");
    }

    [Fact]
    public void Cancel_AfterAnswers_DialogKeepsDraftAndSaysSo()
    {
        var t = Chat().Send("profile").Send("Alex Smith").Send("40")
            .Send("Cancel.").Expect("Okay, I cancelled that. I kept your draft for Alex Smith. Type **help** to see what I can do.")
            .ExpectStackEmpty();

        Assert.Equal([new DraftKept("Alex Smith")], t.Effects);
        t.Send("help").Expect("Here is what you can type");
    }

    [Fact]
    public void Back_AsksPreviousQuestionAndReplacesItsAnswer()
    {
        Chat().Send("profile").Send("Alex").Send("40").Expect("Do you want the newsletter? [Yes | No]")
            .Send("back").Expect("Okay, back to the previous question.", "How old are you?")
            .Send("41").Expect("Do you want the newsletter?")
            .Send("yes").Expect("Your role?")
            .Send("1").Expect("Saved Alex, 41, newsletter yes, med.");
    }

    [Fact]
    public void Back_Twice_RestoresStateBeforeThoseAnswers()
    {
        Chat().Send("profile").Send("Alex").Send("40")
            .Send("back").Expect("Okay, back to the previous question.", "How old are you?")
            .Send("go back").Expect("Okay, back to the previous question.", "What is your name?")
            .Send("Sam").Send("30").Send("no")
            .Send("patient").Expect("Saved Sam, 30, newsletter no, pa.");
    }

    [Fact]
    public void Back_AtFirstQuestion_SaysSoAndAsksAgain()
    {
        Chat().Send("profile")
            .Send("back").Expect("This is the first question, so there is nothing to go back to.", "What is your name?");
    }

    [Fact]
    public void Back_AtChildsFirstQuestion_ReturnsToParentsQuestion()
    {
        Chat().Send("project").Expect("Project name?")
            .Send("Apollo").Expect("Is Apollo approved? [Yes | No]")
            .Send("back").Expect("Okay, back to the previous question.", "Project name?")
            .Send("Zeus").Expect("Is Zeus approved?")
            .Send("yes").Expect("Zeus is approved.")
            .ExpectStackEmpty();
    }

    [Fact]
    public void Restart_MidDialog_StartsItAgainWithFreshState()
    {
        Chat().Send("profile").Send("Alex").Send("40")
            .Send("restart").Expect("Okay, let's start again.", "What is your name?")
            .Send("Sam").Send("30").Send("n")
            .Send("2").Expect("Saved Sam, 30, newsletter no, pa.");
    }

    [Fact]
    public void Restart_InChildDialog_RestartsTheTopLevelDialog()
    {
        var t = Chat().Send("project").Send("Apollo").Expect("Is Apollo approved?")
            .Send("start over").Expect("Okay, let's start again.", "Project name?");

        Assert.Equal(["main", "project"], t.State.Stack.Select(f => f.DialogId));
        t.Send("Hermes").Send("no").Expect("Hermes is rejected.");
    }

    [Fact]
    public void InterruptionWord_FromButton_IsAnAnswerNotAnInterruption()
    {
        Chat().Send("profile").Send("Alex").Send("30").Expect("Do you want the newsletter?")
            .Click("no").Expect("Your role?");
    }

    [Fact]
    public void ButtonAnswer_AtAFreeTextQuestion_IsFromAnOlderCardAndRecordsNothing()
    {
        // A free-text question has no card, so any answer click comes from an earlier one.
        Chat().Send("profile")
            .Click("Help Desk").Expect("That card is from an earlier step", "What is your name?")
            .Send("Alex").Expect("How old are you?");
    }

    [Fact]
    public void OtherCardAction_AtQuestion_IsNotCountedAsWrongAnswer()
    {
        var t = Chat().Send("profile").Send("Alex");
        for (var i = 0; i < 4; i++)
        {
            t.Submit(CardIds.Welcome).Expect("That button isn't part of this question.", "How old are you?");
        }

        t.Send("40").Expect("Do you want the newsletter?");
    }

    [Theory]
    [InlineData("help", Interruption.Help)]
    [InlineData(" HELP ", Interruption.Help)]
    [InlineData("cancel!", Interruption.Cancel)]
    [InlineData("stop", Interruption.Cancel)]
    [InlineData("go  back", Interruption.Back)]
    [InlineData("start over", Interruption.Restart)]
    [InlineData("help me with this", null)]
    [InlineData("backpack", null)]
    public void Match_TypedText_FindsInterruption(string text, Interruption? expected)
    {
        var turn = new Turn
        {
            Id = "t", User = new ChannelUser("console", "u"), Conversation = new ConversationRef("console", "c"),
            Text = text, Timestamp = Transcript.DefaultStart,
        };

        Assert.Equal(expected, Interruptions.Match(turn));
    }
}
