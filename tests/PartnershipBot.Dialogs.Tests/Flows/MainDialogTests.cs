using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Tests.Engine;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

public sealed class MainDialogTests
{
    private static readonly BotCommand Ping = new()
    {
        Name = "ping",
        Usage = "ping N",
        Description = "check that I'm here",
        Aliases = ["p"],
        TakesArguments = true,
        ActionIds = ["ping.button"],
        Handler = inv =>
        {
            inv.Context.Say(MarkdownText.Plain($"pong {inv.Arguments}".Trim()));
            return inv.Step.End();
        },
    };

    private static Transcript Chat(Action<BotDialogsBuilder>? configure = null) => new(BotDialogs.CreateRunner(configure));

    [Fact]
    public void WelcomeAction_GreetsWithCommandList()
    {
        Chat().Submit(CardIds.Welcome)
            .Expect("Hello, Alex! I'm **PartnershipBot**. I help pharma teams plan collaborations with patient organisations and humanitarian partners.\n\nHere is what you can type:\n- **help**: show this list\n\nWhile I'm asking you something, you can also type **help**, **back**, **restart** or **cancel**.")
            .ExpectStackEmpty();
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello")]
    [InlineData("what is this bot?")]
    [InlineData("help")]
    public void FirstMessage_AnyText_Greets(string text)
    {
        Chat().Send(text).Expect("Hello, Alex! I'm **PartnershipBot**.");
    }

    [Fact]
    public void Greeting_WithoutDisplayName_StillGreets()
    {
        new Transcript(BotDialogs.CreateRunner(), new ChannelUser("slack", "U1"))
            .Send("hi").Expect("Hello! I'm **PartnershipBot**.");
    }

    [Fact]
    public void Help_AfterGreeting_ListsOnlyRegisteredCommands()
    {
        Chat(b => b.AddCommand(Ping)).Send("hi")
            .Send("  HELP ").Expect("Here is what you can type:\n- **help**: show this list\n- **ping N**: check that I'm here\n\n");
    }

    [Fact]
    public void UnknownText_AfterGreeting_SaysSoAndListsCommands()
    {
        Chat(b => b.AddCommand(Ping)).Send("hi")
            .Send("open the pod bay doors").Expect("I didn't catch that. Try **help**. Commands: **help**, **ping N**.")
            .ExpectStackEmpty();
    }

    [Theory]
    [InlineData("ping", "pong")]
    [InlineData("PING 3", "pong 3")]
    [InlineData(" p  42. ", "pong 42")]
    public void RegisteredCommand_MatchedCaseInsensitively_RunsWithArguments(string text, string reply)
    {
        Chat(b => b.AddCommand(Ping)).Send("hi")
            .Send(text).Expect(reply);
    }

    [Fact]
    public void RegisteredCommand_AsFirstMessage_GreetsThenRuns()
    {
        Chat(b => b.AddCommand(Ping))
            .Send("ping 1").Expect("Hello, Alex! I'm **PartnershipBot**.", "pong 1")
            .Send("ping 2").Expect("pong 2");
    }

    [Fact]
    public void CardAction_RegisteredForCommand_RunsIt()
    {
        Chat(b => b.AddCommand(Ping)).Send("hi")
            .Submit("ping.button").Expect("pong");
    }

    [Fact]
    public void AnswerButton_WithNoOpenQuestion_ExplainsItIsClosed()
    {
        Chat().Send("hi")
            .Click("med").Expect("That button belongs to a question that is already closed. Type **help** to see what I can do.");
    }

    [Fact]
    public void DialogCommand_BeginsDialog_ThenBackToMenu()
    {
        InterruptionTests.Chat()
            .Send("Profile").Expect("What is your name?")
            .Send("Alex").Send("40").Send("yes").Send("2").Expect("Saved Alex, 40, newsletter yes, pa.")
            .ExpectStackEmpty()
            .Send("help").Expect("- **profile**: fill in your profile");
    }

    [Theory]
    [InlineData("help")]
    [InlineData("hello")]
    [InlineData("ping")]
    [InlineData("P")]
    public void AddCommand_NameTaken_Throws(string name)
    {
        var builder = new BotDialogsBuilder().AddCommand(Ping);

        Assert.Throws<ArgumentException>(() => builder.AddCommand(BotCommand.Run(name, "dup", inv => inv.Step.End())));
    }

    [Fact]
    public void CreateRunner_CommandForMissingDialog_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => BotDialogs.CreateRunner(b => b.AddCommand(BotCommand.StartDialog("x", "y", "absent"))));
    }
}
