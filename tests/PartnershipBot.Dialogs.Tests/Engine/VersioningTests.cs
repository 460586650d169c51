using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class VersioningTests
{
    private const string Notice = "This conversation was updated since we last spoke, so I started this part again.";

    [Fact]
    public void DialogVersionChanged_TellsUserAndRestartsThatDialog()
    {
        var saved = InterruptionTests.Chat().Send("profile").Send("Alex").Expect("How old are you?").StateJson;

        var t = new Transcript(InterruptionTests.Runner(profileVersion: 2)) { StateJson = saved }
            .Send("40").Expect(Notice, "What is your name?");

        Assert.Equal([1, 2], t.State.Stack.Select(f => f.Version));
        t.Send("Sam").Expect("How old are you?");
    }

    [Fact]
    public void DialogNoLongerExists_TellsUserAndReturnsToMainMenu()
    {
        var saved = InterruptionTests.Chat().Send("profile").Send("Alex").StateJson;

        new Transcript(BotDialogs.CreateRunner()) { StateJson = saved }
            .Send("40").Expect(Notice, "I didn't catch that. Try **help**. Commands: **help**.")
            .ExpectStackEmpty();
    }

    [Theory]
    [InlineData("name", "42")]
    [InlineData("legacyField", "true")]
    public void DialogStateNoLongerReads_TellsUserAndRestartsThatDialog(string property, string value)
    {
        var t = InterruptionTests.Chat().Send("profile").Send("Alex");
        var json = JsonNode.Parse(t.StateJson!)!;
        json["stack"]![1]!["state"]![property] = JsonNode.Parse(value);
        t.StateJson = json.ToJsonString();

        t.Send("40").Expect(Notice, "What is your name?");
    }

    [Fact]
    public void ParentWaitingForLostChild_RestartsParentWithItsStartingState()
    {
        var t = InterruptionTests.Chat().Send("project").Send("Apollo").Expect("Is Apollo approved?");
        var json = JsonNode.Parse(t.StateJson!)!;
        json["stack"]!.AsArray().RemoveAt(2);
        t.StateJson = json.ToJsonString();

        t.Send("yes").Expect(Notice, "Project name?");
    }

    [Fact]
    public void CorruptJson_TellsUserAndStartsFromMainMenu()
    {
        new Transcript(InterruptionTests.Runner()) { StateJson = "{\"stack\": [ {\"dialogId\": " }
            .Send("help").Expect(Notice, "Hello, Alex!")
            .Send("profile").Expect("What is your name?");
    }

    [Fact]
    public void CorruptStack_KeepsValues()
    {
        new Transcript(InterruptionTests.Runner()) { StateJson = "{\"values\":{\"main.greeted\":true},\"stack\":[{\"bogus\":1}]}" }
            .Send("help").Expect(Notice, "Here is what you can type");
    }
}
