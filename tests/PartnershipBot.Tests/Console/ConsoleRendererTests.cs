using PartnershipBot.Channels.Console;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Console;

public sealed class ConsoleRendererTests
{
    [Fact]
    public void Render_Choices_NumbersEachOption()
    {
        var menu = new ConsoleMenu();

        var text = ConsoleRenderer.Render(new ChoicesReply("What kind of support?", [new("grant", "Grant"), new("inkind", "In-kind support")]), menu);

        Assert.Contains("What kind of support?", text, StringComparison.Ordinal);
        Assert.Contains("  1. Grant", text, StringComparison.Ordinal);
        Assert.Contains("  2. In-kind support", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DatePrompt_ShowsTheFormatAndSuggestion()
    {
        var text = ConsoleRenderer.Render(new DatePromptReply("When does it start?", new DateOnly(2027, 3, 31)), new ConsoleMenu());

        Assert.Equal("When does it start? (yyyy-mm-dd, suggested 2027-03-31)", text.TrimEnd());
    }

    [Fact]
    public void Render_Card_ShowsTitleTextFactsSectionsChecklistAndButtons()
    {
        var card = new Card
        {
            Title = $"Checklist: **Patient day**",
            Text = $"See [the guide](https://example.org/guide).",
            Facts = [new CardFact($"Partner", $"Heart Alliance")],
            Sections = [new CardSection($"R1 Independence", $"Written agreement", [new CardFact($"Status", $"open")])],
            Checklist = [new ChecklistEntry("1", "Sign the agreement", true), new ChecklistEntry("2", "Publish the amount", false, "By 30 June")],
            Actions = [new CardAction(CardIds.ChecklistSave, "Save")],
        };

        var lines = ConsoleRenderer.Render(new CardReply(card), new ConsoleMenu()).Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("== Checklist: Patient day ==", lines[0]);
        Assert.Equal("See the guide (https://example.org/guide).", lines[1]);
        Assert.Contains("  Partner: Heart Alliance", lines);
        Assert.Contains("-- R1 Independence", lines);
        Assert.Contains("  Status: open", lines);
        Assert.Contains("  [x] 1. Sign the agreement", lines);
        Assert.Contains("  [ ] 2. Publish the amount", lines);
        Assert.Contains("        By 30 June", lines);
        Assert.Contains("  [a1] Save", lines);
    }

    [Theory]
    [InlineData("2", "inkind", null)]
    [InlineData(" 1 ", "grant", null)]
    [InlineData("3", "3", null)]
    [InlineData("1,2", "1,2", null)]
    [InlineData("grant please", "grant please", null)]
    [InlineData("a1", "", "checklist.save")]
    [InlineData("a2", "a2", null)]
    public void Interpret_SingleChoiceAndButton_MapsShortcuts(string typed, string text, string? actionId)
    {
        var menu = new ConsoleMenu();
        ConsoleRenderer.Render(new ChoicesReply("Kind?", [new("grant", "Grant"), new("inkind", "In-kind")]), menu);
        ConsoleRenderer.Render(new CardReply(new Card { Title = $"c", Actions = [new CardAction(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { ["card"] = "12" })] }), menu);

        var (sent, action) = menu.Interpret(typed);

        Assert.Equal(text, sent);
        Assert.Equal(actionId, action?.Id);
        if (action is not null)
        {
            Assert.Equal("12", action["card"]);
        }
    }

    [Theory]
    [InlineData("1,3", "r1,r3")]
    [InlineData("3 and 1", "r3,r1")]
    [InlineData("1, 4", "1, 4")]
    public void Interpret_MultiSelect_MapsSeveralNumbers(string typed, string expected)
    {
        var menu = new ConsoleMenu();
        ConsoleRenderer.Render(new ChoicesReply("Which?", [new("r1", "R1"), new("r2", "R2"), new("r3", "R3")], MultiSelect: true), menu);

        Assert.Equal(expected, menu.Interpret(typed).Text);
    }
}
