using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackBlockKitRendererTests
{
    private readonly SlackBlockKitRenderer _renderer = new();

    private static List<JsonObject> OfType(SlackMessage message, string type) =>
        [.. message.Blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == type)];

    private static List<JsonObject> Elements(JsonObject block) => [.. block["elements"]!.AsArray().OfType<JsonObject>()];

    [Fact]
    public void Render_TextWithUserMarkup_EscapesAndConvertsTheSubset()
    {
        var message = _renderer.Render(new TextReply($"**Partner:** Fish & Chips <b> <!channel>\n- see [R1 guidance](https://example.org/r1?a=1&b=2)"), Dialogs.Texts.Languages.English);

        var text = (string?)message.Blocks[0]!["text"]!["text"];
        Assert.Equal("*Partner:* Fish &amp; Chips &lt;b&gt; &lt;!channel&gt;\n\u2022 see <https://example.org/r1?a=1&amp;b=2|R1 guidance>", text);
        Assert.Equal("mrkdwn", (string?)message.Blocks[0]!["text"]!["type"]);
        Assert.DoesNotContain("<!channel>", message.Text, StringComparison.Ordinal);
        Assert.StartsWith("Partner: Fish &amp; Chips", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongText_SplitsIntoSectionsWithinLimits()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("word", 200));
        var message = _renderer.Render(new TextReply(MarkdownText.Trusted(string.Join("\n\n", Enumerable.Repeat(paragraph, 10)))), Dialogs.Texts.Languages.English);

        Assert.True(message.Blocks.Count > 1);
        Assert.All(message.Blocks, b => Assert.True(((string?)b!["text"]!["text"])!.Length <= SlackBlocks.MaxSectionText));
        Assert.True(message.Text.Length <= SlackBlocks.MaxFallbackText);
    }

    [Fact]
    public void Render_26Choices_SplitsButtonsIntoActionsBlocksOf25()
    {
        var choices = Enumerable.Range(1, 26).Select(i => new ReplyChoice($"v{i}", $"Option {i}")).ToList();

        var message = _renderer.Render(new ChoicesReply("Pick **one**", choices), Dialogs.Texts.Languages.English);

        var actions = OfType(message, "actions");
        Assert.Equal([25, 1], actions.Select(a => Elements(a).Count));
        var buttons = actions.SelectMany(Elements).ToList();
        Assert.Equal(choices.Select(c => c.Value), buttons.Select(b => (string?)b["value"]));
        Assert.All(buttons, b => Assert.Equal(CardIds.Answer, SlackBlocks.SplitActionId((string)b["action_id"]!).Id));
        Assert.Equal(26, buttons.Select(b => (string?)b["action_id"]).Distinct().Count());
        Assert.Contains("26. Option 26", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_2000Choices_StaysWithin50Blocks()
    {
        var choices = Enumerable.Range(1, 2000).Select(i => new ReplyChoice($"v{i}", $"Option {i}")).ToList();

        var message = _renderer.Render(new ChoicesReply("Pick one", choices), Dialogs.Texts.Languages.English);

        Assert.Equal(SlackMessage.MaxBlocks, message.Blocks.Count);
        Assert.Equal("context", (string?)message.Blocks[^1]!["type"]);
    }

    [Fact]
    public void Render_OptionLongerThanAButton_GetsASectionWithItsWholeTextAndItsOwnButton()
    {
        var longest = "Publish it on the company's own list, with a methodology note, by 30 June of the following year " + new string('a', 100);
        var message = _renderer.Render(new ChoicesReply("Pick", [new ReplyChoice("x", "Short"), new ReplyChoice("y", longest)]) { PromptToken = "0a1b2c3d4e" }, Dialogs.Texts.Languages.English);

        var sections = OfType(message, "section").Skip(1).ToList();
        Assert.Equal(2, sections.Count);
        Assert.Equal($"*2.* {longest}", (string?)sections[1]["text"]!["text"]);
        var button = sections[1]["accessory"]!;
        Assert.Equal("Choose 2", (string?)button["text"]!["text"]);
        Assert.Equal("y", (string?)button["value"]);
        Assert.Equal("0a1b2c3d4e", SlackBlocks.PromptToken((string?)sections[1]["block_id"]));
        Assert.Empty(OfType(message, "actions"));
    }

    [Fact]
    public void Render_QuestionCards_NameTheQuestionInEveryBlockId()
    {
        var choices = _renderer.Render(new ChoicesReply("Pick", [new ReplyChoice("x", "X"), new ReplyChoice("y", "Y")]) { PromptToken = "aaaaaaaaaa" }, Dialogs.Texts.Languages.English);
        var several = _renderer.Render(new ChoicesReply("Pick", [new ReplyChoice("x", "X")], MultiSelect: true) { PromptToken = "bbbbbbbbbb" }, Dialogs.Texts.Languages.English);
        var date = _renderer.Render(new DatePromptReply("When?") { PromptToken = "cccccccccc" }, Dialogs.Texts.Languages.English);

        Assert.All(OfType(choices, "actions"), b => Assert.Equal("aaaaaaaaaa", SlackBlocks.PromptToken((string?)b["block_id"])));
        Assert.All(OfType(several, "actions"), b => Assert.Equal("bbbbbbbbbb", SlackBlocks.PromptToken((string?)b["block_id"])));
        Assert.All(OfType(date, "actions"), b => Assert.Equal("cccccccccc", SlackBlocks.PromptToken((string?)b["block_id"])));
        var ids = OfType(several, "actions").Select(b => (string?)b["block_id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_MultiSelect_CheckboxGroupsOfTenAndSubmitButton()
    {
        var choices = Enumerable.Range(1, 12).Select(i => new ReplyChoice($"v{i}", $"Area {i}")).ToList();

        var message = _renderer.Render(new ChoicesReply("Which areas?", choices, MultiSelect: true), Dialogs.Texts.Languages.English);

        var actions = OfType(message, "actions");
        var groups = actions.SelectMany(Elements).Where(e => (string?)e["type"] == "checkboxes").ToList();
        Assert.Equal([10, 2], groups.Select(g => g["options"]!.AsArray().Count));
        Assert.All(groups, g => Assert.True(SlackActionMapper.IsInputOnly((string)g["action_id"]!)));
        var submit = Elements(actions[^1]).Single();
        Assert.Equal("button", (string?)submit["type"]);
        Assert.Equal(CardIds.Answer, SlackBlocks.SplitActionId((string)submit["action_id"]!).Id);
    }

    [Fact]
    public void Render_DatePrompt_DatepickerWithSuggestedDate()
    {
        var message = _renderer.Render(new DatePromptReply("When does it start?", new DateOnly(2025, 3, 31)), Dialogs.Texts.Languages.English);

        var picker = Elements(OfType(message, "actions").Single()).Single();
        Assert.Equal("datepicker", (string?)picker["type"]);
        Assert.Equal("2025-03-31", (string?)picker["initial_date"]);
        Assert.Equal(CardIds.Answer, SlackBlocks.SplitActionId((string)picker["action_id"]!).Id);
        Assert.Equal("When does it start?", message.Text);
    }

    [Fact]
    public void Render_Checklist12Items_TwoCheckboxGroupsCarryingItemIdsAndDoneState()
    {
        var items = Enumerable.Range(1, 12).Select(i => new ChecklistEntry($"item-{i}", $"Step {i} <x>", Done: i % 3 == 0, Detail: i == 1 ? "Written agreement" : null)).ToList();
        var card = new Card
        {
            Key = "checklist:7",
            Title = $"Checklist",
            Checklist = items,
            Actions = [new CardAction(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { ["collaboration"] = "7" }), new CardAction("export", "Export")],
        };

        var message = _renderer.Render(new CardReply(card), Dialogs.Texts.Languages.English);

        var groups = OfType(message, "actions").Where(a => Elements(a).Any(e => (string?)e["type"] == "checkboxes")).ToList();
        Assert.Equal(2, groups.Count);
        var boxes = groups.Select(g => Elements(g).Single()).ToList();
        Assert.Equal([10, 2], boxes.Select(b => b["options"]!.AsArray().Count));
        Assert.All(groups, g => Assert.True(((string)g["block_id"]!).Length <= SlackBlocks.MaxBlockId));
        Assert.Equal(
            items.Select(i => CardIds.ChecklistItemPrefix + i.ItemId),
            boxes.SelectMany(b => b["options"]!.AsArray()).Select(o => (string?)o!["value"]));
        Assert.Equal(
            items.Where(i => i.Done).Select(i => CardIds.ChecklistItemPrefix + i.ItemId),
            boxes.SelectMany(b => b["initial_options"]?.AsArray() ?? []).Select(o => (string?)o!["value"]));
        Assert.Contains("&lt;x&gt;", (string?)boxes[0]["options"]![0]!["text"]!["text"], StringComparison.Ordinal);
        var meta = SlackChecklistBlocks.ParseBlockId((string)groups[1]["block_id"]!)!;
        Assert.Equal(["item-11", "item-12"], meta.ItemIds);
        Assert.Equal("7", meta.Values["collaboration"]);
        // Ticks save immediately, so the save button is not shown; other buttons are.
        var buttons = OfType(message, "actions").SelectMany(Elements).Where(e => (string?)e["type"] == "button").ToList();
        Assert.Equal(["export"], buttons.Select(b => SlackBlocks.SplitActionId((string)b["action_id"]!).Id));
        Assert.Equal("Checklist", message.Text);
    }

    [Fact]
    public void Render_ChecklistWithLongItemIds_ShrinksGroupsSoBlockIdsFit()
    {
        var items = Enumerable.Range(1, 10).Select(i => new ChecklistEntry($"{new string('r', 40)}-{i}", $"Step {i}", false)).ToList();

        var message = _renderer.Render(new CardReply(new Card { Title = $"Checklist", Checklist = items }), Dialogs.Texts.Languages.English);

        var groups = OfType(message, "actions").ToList();
        Assert.True(groups.Count > 1);
        Assert.All(groups, g => Assert.True(((string)g["block_id"]!).Length <= SlackBlocks.MaxBlockId));
        Assert.Equal(10, groups.Sum(g => SlackChecklistBlocks.ParseBlockId((string)g["block_id"]!)!.ItemIds!.Count));
    }

    [Fact]
    public void Render_CardWithFactsSectionsAndStyledActions_UsesFieldsAndJsonValues()
    {
        var card = new Card
        {
            Title = $"Assessment",
            Text = $"Overall: **amber**",
            Facts = [new CardFact($"Partner", $"Patients & Co")],
            Sections = [new CardSection($"R1 Written agreement", $"Missing", [new CardFact($"Status", $"open")])],
            Actions = [new CardAction("reminder.done", "Done", new Dictionary<string, string> { ["reminder"] = "42" }, CardActionStyle.Positive)],
        };

        var message = _renderer.Render(new CardReply(card), Dialogs.Texts.Languages.English);

        Assert.Equal("header", (string?)message.Blocks[0]!["type"]);
        Assert.Contains(message.Blocks, b => b!["fields"]?.AsArray().Any(f => ((string?)f!["text"])!.Contains("Patients &amp; Co", StringComparison.Ordinal)) == true);
        var button = Elements(OfType(message, "actions").Single()).Single();
        Assert.Equal("primary", (string?)button["style"]);
        var action = SlackActionMapper.Map(button, null, null);
        Assert.Equal("reminder.done", action.Id);
        Assert.Equal("42", action["reminder"]);
        Assert.Equal("Assessment\nOverall: amber", message.Text);
    }

    [Fact]
    public void Render_EveryReplyKind_HasFallbackText()
    {
        Reply[] replies =
        [
            new TextReply($"Hi"),
            new ChoicesReply("Pick", [new ReplyChoice("a", "A")]),
            new ChoicesReply("Pick many", [new ReplyChoice("a", "A")], MultiSelect: true),
            new DatePromptReply("When?"),
            new CardReply(new Card { Title = $"Card" }),
        ];

        Assert.All(replies.Select(r => _renderer.Render(r, Dialogs.Texts.Languages.English)), m => Assert.False(string.IsNullOrWhiteSpace(m.Text)));
    }

    [Fact]
    public void Combine_ManyMessages_StaysWithin50Blocks()
    {
        var messages = Enumerable.Range(0, 30).Select(i => _renderer.Render(new TextReply($"Line {i}"), Dialogs.Texts.Languages.English)).ToList();

        var combined = SlackMessage.Combine(messages);

        Assert.Equal(SlackMessage.MaxBlocks, combined.Blocks.Count);
        Assert.Contains("Line 29", combined.Text, StringComparison.Ordinal);
    }
}
