using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackActionMapperTests
{
    private readonly SlackBlockKitRenderer _renderer = new();

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Map_ChoiceButton_IsAnswerWithValue()
    {
        var action = Obj("""{"type":"button","action_id":"answer#3","block_id":"x","value":"patient-org","text":{"type":"plain_text","text":"Patient org"}}""");

        var mapped = SlackActionMapper.Map(action, null, null);

        Assert.Equal(CardIds.Answer, mapped.Id);
        Assert.Equal(new Dictionary<string, string> { ["answer"] = "patient-org" }, mapped.Values);
    }

    [Fact]
    public void Map_Datepicker_IsAnswerWithIsoDate()
    {
        var action = Obj("""{"type":"datepicker","action_id":"answer#date","block_id":"x","selected_date":"2025-03-31"}""");

        var mapped = SlackActionMapper.Map(action, null, null);

        Assert.Equal(new UserAction("answer", new Dictionary<string, string> { ["answer"] = "2025-03-31" }).Values, mapped.Values);
        Assert.Equal("answer", mapped.Id);
    }

    [Fact]
    public void Map_UnknownButtonWithPlainValue_KeepsActionIdAndValue()
    {
        var action = Obj("""{"type":"button","action_id":"reminder.snooze#1","block_id":"x","value":"7d"}""");

        var mapped = SlackActionMapper.Map(action, null, null);

        Assert.Equal("reminder.snooze", mapped.Id);
        Assert.Equal("7d", mapped["reminder.snooze"]);
    }

    [Fact]
    public void Map_MultiSelectSubmit_JoinsTheTickedValuesOfEveryGroup()
    {
        var message = _renderer.Render(new ChoicesReply("Which?", [.. Enumerable.Range(1, 12).Select(i => new ReplyChoice($"v{i}", $"V{i}"))], MultiSelect: true), Dialogs.Texts.Languages.English);
        var groups = message.Blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>()).ToList();
        var state = new JsonObject
        {
            ["b1"] = new JsonObject { [(string)groups[0]["action_id"]!] = Obj("""{"type":"checkboxes","selected_options":[{"value":"v2"},{"value":"v5"}]}""") },
            ["b2"] = new JsonObject { [(string)groups[1]["action_id"]!] = Obj("""{"type":"checkboxes","selected_options":[{"value":"v12"}]}""") },
        };
        var submit = groups[^1];
        submit["block_id"] = "b3";

        var mapped = SlackActionMapper.Map(submit, state, null);

        Assert.Equal("answer", mapped.Id);
        Assert.Equal("v2,v5,v12", mapped["answer"]);
    }

    [Fact]
    public void Map_ChecklistTick_IsSaveWithEveryItemOfTheCardAndTheCardValues()
    {
        var card = new Card
        {
            Title = $"Checklist",
            Checklist = [.. Enumerable.Range(1, 12).Select(i => new ChecklistEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Step {i}", i == 11))],
            Actions = [new CardAction(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { ["collaboration"] = "7" })],
        };
        var blocks = _renderer.Render(new CardReply(card), Dialogs.Texts.Languages.English).Blocks.OfType<JsonObject>().ToList();
        var first = blocks.First(b => ((string?)b["block_id"])?.StartsWith("checklist:0", StringComparison.Ordinal) == true);
        var second = blocks.First(b => ((string?)b["block_id"])?.StartsWith("checklist:1", StringComparison.Ordinal) == true);
        var firstId = (string)first["elements"]![0]!["action_id"]!;
        var secondId = (string)second["elements"]![0]!["action_id"]!;
        // The user ticks item 3; item 11 (other group) stays ticked.
        var clicked = Obj($$"""{"type":"checkboxes","action_id":"{{firstId}}","block_id":{{JsonValue.Create((string)first["block_id"]!).ToJsonString()}},"selected_options":[{"value":"item:3"}]}""");
        var state = new JsonObject
        {
            [(string)first["block_id"]!] = new JsonObject { [firstId] = Obj("""{"type":"checkboxes","selected_options":[{"value":"item:3"}]}""") },
            [(string)second["block_id"]!] = new JsonObject { [secondId] = Obj("""{"type":"checkboxes","selected_options":[{"value":"item:11"}]}""") },
        };

        var mapped = SlackActionMapper.Map(clicked, state, null);

        Assert.Equal(CardIds.ChecklistSave, mapped.Id);
        Assert.Equal("7", mapped["collaboration"]);
        Assert.Equal("true", mapped["item:3"]);
        Assert.Equal("true", mapped["item:11"]);
        Assert.Equal("false", mapped["item:1"]);
        Assert.Equal("false", mapped["item:12"]);
        Assert.Equal(13, mapped.Values.Count);
    }

    [Fact]
    public void Map_ChecklistWithoutItemListInBlockId_ReadsTheOptionsFromTheMessage()
    {
        var blocks = JsonNode.Parse("""
            [{"type":"actions","block_id":"checklist:0","elements":[{"type":"checkboxes","action_id":"checklist.save#items0",
              "options":[{"text":{"type":"mrkdwn","text":"A"},"value":"item:a"},{"text":{"type":"mrkdwn","text":"B"},"value":"item:b"}]}]}]
            """)!.AsArray();
        var clicked = Obj("""{"type":"checkboxes","action_id":"checklist.save#items0","block_id":"checklist:0","selected_options":[{"value":"item:b"}]}""");

        var mapped = SlackActionMapper.Map(clicked, null, blocks);

        Assert.Equal("false", mapped["item:a"]);
        Assert.Equal("true", mapped["item:b"]);
    }

    [Fact]
    public void Map_ActionWithoutId_Throws() =>
        Assert.Throws<FormatException>(() => SlackActionMapper.Map(Obj("""{"type":"button"}"""), null, null));
}
