using System.Text.Json.Nodes;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Teams;

public sealed class AdaptiveCardRendererTests
{
    private static JsonNode Card(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = (JsonNode)attachment.Content!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        return card;
    }

    [Fact]
    public void Render_TextReply_IsMarkdownMessageWithoutCard()
    {
        var activity = TeamsActivityRenderer.Render(new TextReply($"**Done.** See [the guide](https://example.org)."), Dialogs.Texts.Languages.English);

        Assert.Equal("message", activity.Type);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal("**Done.** See [the guide](https://example.org).", activity.Text);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void Render_Choices_AreSubmitButtonsCarryingTheAnswer()
    {
        var reply = new ChoicesReply("Who is the partner?", [new("patient-organisation", "Patient organisation"), new("humanitarian", "Humanitarian partner")]);

        var card = Card(TeamsActivityRenderer.Render(reply, Dialogs.Texts.Languages.English));

        Assert.Equal("Who is the partner?", (string?)card["body"]![0]!["text"]);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Equal("Humanitarian partner", (string?)actions[1]!["title"]);
        Assert.Equal("answer", (string?)actions[1]!["data"]!["action"]);
        Assert.Equal("humanitarian", (string?)actions[1]!["data"]!["answer"]);
    }

    [Fact]
    public void Render_ManyChoices_BecomeOneChoiceSetAndSubmit()
    {
        var choices = Enumerable.Range(1, 8).Select(i => new ReplyChoice($"v{i}", $"Option {i}")).ToList();

        var card = Card(TeamsActivityRenderer.Render(new ChoicesReply("Pick one", choices), Dialogs.Texts.Languages.English));

        var set = card["body"]![1]!;
        Assert.Equal("Input.ChoiceSet", (string?)set["type"]);
        Assert.Equal("answer", (string?)set["id"]);
        Assert.False((bool)set["isMultiSelect"]!);
        Assert.Equal(8, set["choices"]!.AsArray().Count);
        Assert.Equal("answer", (string?)Assert.Single(card["actions"]!.AsArray())!["data"]!["action"]);
    }

    [Fact]
    public void Render_MultiSelect_IsMultiSelectChoiceSetNamedAnswer()
    {
        var reply = new ChoicesReply("Which apply?", [new("funding", "Funding"), new("data", "Data sharing")], MultiSelect: true);

        var card = Card(TeamsActivityRenderer.Render(reply, Dialogs.Texts.Languages.English));

        var set = card["body"]![1]!;
        Assert.Equal("Input.ChoiceSet", (string?)set["type"]);
        Assert.Equal(CardIds.Answer, (string?)set["id"]);
        Assert.True((bool)set["isMultiSelect"]!);
        Assert.Equal("data", (string?)set["choices"]![1]!["value"]);
        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", (string?)submit["type"]);
        Assert.Equal("answer", (string?)submit["data"]!["action"]);
    }

    [Fact]
    public void Render_DatePrompt_IsDateInputWithSuggestedValue()
    {
        var card = Card(TeamsActivityRenderer.Render(new DatePromptReply("When does it start?", new DateOnly(2026, 3, 1)), Dialogs.Texts.Languages.English));

        var input = card["body"]![1]!;
        Assert.Equal("Input.Date", (string?)input["type"]);
        Assert.Equal("answer", (string?)input["id"]);
        Assert.Equal("2026-03-01", (string?)input["value"]);
        Assert.Equal("answer", (string?)Assert.Single(card["actions"]!.AsArray())!["data"]!["action"]);
    }

    [Fact]
    public void Render_AssessmentCard_HasAFactSetPerSection()
    {
        var reply = new CardReply(new Card
        {
            Title = $"Assessment",
            Text = $"Against the four recommendations:",
            Facts = [new($"Partner", $"Patient organisation")],
            Sections =
            [
                new($"R1 Written agreement", $"Needed before any payment.", [new($"Status", $"Met")]),
                new($"R2 Transparency", null, [new($"Status", $"Gap"), new($"Action", $"Publish the amount")]),
            ],
        });

        var card = Card(TeamsActivityRenderer.Render(reply, Dialogs.Texts.Languages.English));

        var body = card["body"]!.AsArray();
        Assert.Equal("Assessment", (string?)body[0]!["text"]);
        Assert.Equal("Bolder", (string?)body[0]!["weight"]);
        Assert.Equal("FactSet", (string?)body[2]!["type"]);
        var sections = body.Where(n => (string?)n!["type"] == "Container").ToList();
        Assert.Equal(2, sections.Count);
        Assert.Equal("R2 Transparency", (string?)sections[1]!["items"]![0]!["text"]);
        var facts = sections[1]!["items"]!.AsArray().Single(i => (string?)i!["type"] == "FactSet")!["facts"]!.AsArray();
        Assert.Equal("Publish the amount", (string?)facts[1]!["value"]);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void Render_ChecklistCard_HasTogglesAndExecuteSaveWithSubmitFallback()
    {
        var reply = new CardReply(new Card
        {
            Key = "checklist:12",
            Title = $"Checklist",
            Checklist = [new("agreement", "Written agreement signed", true), new("disclosure", "Amount published", false, "By 30 June")],
            Actions =
            [
                new(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { ["collaboration"] = "12" }, CardActionStyle.Positive),
                new("checklist.close", "Close"),
            ],
        }, ReplacesOriginal: true);

        var card = Card(TeamsActivityRenderer.Render(reply, Dialogs.Texts.Languages.English));

        var toggles = card["body"]!.AsArray().Where(n => (string?)n!["type"] == "Input.Toggle").ToList();
        Assert.Equal(["item:agreement", "item:disclosure"], toggles.Select(t => (string?)t!["id"]));
        Assert.Equal(["true", "false"], toggles.Select(t => (string?)t!["value"]));
        Assert.All(toggles, t => Assert.Equal("true", (string?)t!["valueOn"]));
        var detail = card["body"]!.AsArray().Single(n => (string?)n!["text"] == "By 30 June")!;
        Assert.False((bool)detail["isVisible"]!);
        var show = card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.ToggleVisibility")!;
        Assert.Equal("Show details", (string?)show["title"]);
        Assert.Equal([(string?)detail["id"]], show["targetElements"]!.AsArray().Select(t => (string?)t));

        var save = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)save["type"]);
        Assert.Equal("checklist.save", (string?)save["verb"]);
        Assert.Equal("positive", (string?)save["style"]);
        Assert.Equal("12", (string?)save["data"]!["collaboration"]);
        Assert.Equal("Action.Submit", (string?)save["fallback"]!["type"]);
        Assert.Equal("checklist.save", (string?)save["fallback"]!["data"]!["action"]);
        Assert.Equal("12", (string?)save["fallback"]!["data"]!["collaboration"]);

        var close = card["actions"]![1]!;
        Assert.Equal("Action.Submit", (string?)close["type"]);
        Assert.Equal("checklist.close", (string?)close["data"]!["action"]);
    }

    [Fact]
    public void Render_ChecklistWithoutSaveAction_GetsOneSoTogglesCanBeStored()
    {
        var card = AdaptiveCardRenderer.Render(new Card { Title = $"Checklist", Checklist = [new("a", "Item", false)] }, Dialogs.Texts.Languages.English);

        Assert.Equal("checklist.save", (string?)Assert.Single(card["actions"]!.AsArray())!["verb"]);
    }

    [Fact]
    public void Render_Card_SerializesInsideActivityJson()
    {
        var activity = TeamsActivityRenderer.Render(new ChoicesReply("Ready?", [new("yes", "Yes")]), Dialogs.Texts.Languages.English);

        var json = System.Text.Json.JsonSerializer.Serialize(activity, TeamsJson.Options);

        var node = JsonNode.Parse(json)!;
        Assert.Equal("Ready?", (string?)node["summary"]);
        Assert.Equal("yes", (string?)node["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["answer"]);
    }

    [Fact]
    public void Render_QuestionCard_SummaryWithoutMarkdownAndDataNamingTheQuestion()
    {
        var activity = TeamsActivityRenderer.Render(new ChoicesReply("**Question 1 of 5.** A patient group asks\nfor help.", [new("a", "A"), new("b", "B")]) { PromptToken = "0a1b2c3d4e" }, Dialogs.Texts.Languages.English);

        var node = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(activity, TeamsJson.Options))!;
        Assert.Equal("Question 1 of 5. A patient group asks for help.", (string?)node["summary"]);
        Assert.All(node["attachments"]![0]!["content"]!["actions"]!.AsArray(), a => Assert.Equal("0a1b2c3d4e", (string?)a!["data"]!["prompt"]));
    }

    [Fact]
    public void Render_MarkdownText_KeepsTheMarkdownAndSummarisesItAsPlainText()
    {
        var activity = TeamsActivityRenderer.Render(new TextReply($"**5.** Joint review with the partner\nnext 1 Aug 2027"), Dialogs.Texts.Languages.English);

        var node = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(activity, TeamsJson.Options))!;
        Assert.Equal("**5.** Joint review with the partner\nnext 1 Aug 2027", (string?)node["text"]);
        Assert.Equal("5. Joint review with the partner next 1 Aug 2027", (string?)node["summary"]);
    }

    [Fact]
    public void Render_LongOption_BecomesAWrappedLabelledChoiceListWithSubmit()
    {
        var longest = "Publish it on the company's own list with a methodology note, by 30 June of the following year";
        var card = Card(TeamsActivityRenderer.Render(new ChoicesReply("Which?", [new("a", "Short"), new("b", longest)]) { PromptToken = "0a1b2c3d4e" }, Dialogs.Texts.Languages.English));

        var list = card["body"]!.AsArray().Single(n => (string?)n!["type"] == "Input.ChoiceSet")!;
        Assert.True((bool)list["wrap"]!);
        Assert.Equal("Your answer", (string?)list["label"]);
        Assert.Equal(longest, (string?)list["choices"]![1]!["title"]);
        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Submit", (string?)submit["title"]);
        Assert.Equal("0a1b2c3d4e", (string?)submit["data"]!["prompt"]);
    }
}
