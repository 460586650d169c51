using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>The interview's modal view on its own: inputs by field kind, refusals keyed by block id, metadata of ids that cannot be forged into answers.</summary>
public sealed class SlackInterviewModalViewTests
{
    private static readonly FormPageReply Page = new(MarkdownText.Trusted("Plan a collaboration"),
    [
        new FormField("q:title", "Title", "1. What is the collaboration called?", FormFieldKind.Text) { MaxLength = 120, Value = "<!channel> toolkit", Error = "Please write **at least** 3 characters." },
        new FormField("q:scope", "Scope", "2. Domestic or international?", FormFieldKind.Choice) { Choices = [new("domestic", "Domestic"), new("international", "International")], Value = "international" },
        new FormField("q:start_date", "Start", "3. When does it start?", FormFieldKind.Date) { Value = "2027-05-01" },
        new FormField("q:many", "Many", "4. Which?", FormFieldKind.MultiChoice) { Choices = [.. Enumerable.Range(1, 12).Select(i => new ReplyChoice($"v{i}", $"Choice {i}"))], Value = "v2,v11" },
    ])
    {
        Intro = "Questions 1 to 4 of about 25. Type **new** in the chat to carry on there.",
        Values = new Dictionary<string, string> { [CardIds.FormStart] = "title" },
        CanGoBack = true,
    };

    [Fact]
    public void View_HasOneInputPerField_WithinBlockKitLimits_AndTheValuesAsInitialOnes()
    {
        var view = SlackInterviewModal.View(Page, "D0DM00001", Dialogs.Texts.Languages.English);

        Assert.Empty(BlockKitLimits.View(view));
        var inputs = view["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input").ToList();
        Assert.Equal(["q:title", "q:scope", "q:start_date", "q:many"], inputs.Select(b => (string?)b!["block_id"]));
        Assert.Equal("<!channel> toolkit", (string?)inputs[0]!["element"]!["initial_value"]);
        Assert.Equal("radio_buttons", (string?)inputs[1]!["element"]!["type"]);
        Assert.Equal("international", (string?)inputs[1]!["element"]!["initial_option"]!["value"]);
        Assert.Equal("2027-05-01", (string?)inputs[2]!["element"]!["initial_date"]);
        Assert.Equal("multi_static_select", (string?)inputs[3]!["element"]!["type"]);
        Assert.Equal(["v2", "v11"], inputs[3]!["element"]!["initial_options"]!.AsArray().Select(o => (string?)o!["value"]));
        Assert.Equal("Next", (string?)view["submit"]!["text"]);
    }

    [Fact]
    public void Errors_AreKeyedByBlockId_AsPlainText()
    {
        var errors = SlackInterviewModal.Errors(Page);

        Assert.Equal("errors", (string?)errors["response_action"]);
        Assert.Equal("Please write at least 3 characters.", (string?)errors["errors"]!["q:title"]);
        Assert.Null(errors["errors"]!["q:scope"]);
    }

    [Fact]
    public void Metadata_CarriesIdsOnly_AndNeverTheStepOrAnswers()
    {
        var view = SlackInterviewModal.View(Page, "D0DM00001", Dialogs.Texts.Languages.English);
        var metadata = (string)view["private_metadata"]!;
        Assert.DoesNotContain("toolkit", metadata, StringComparison.Ordinal);
        var read = SlackInterviewModal.Read(metadata)!.Value;
        Assert.Equal("D0DM00001", read.DmChannel);
        Assert.Equal("title", read.Values[CardIds.FormStart]);
        Assert.True(read.Draft);

        var forged = "{\"dm\":\"D0DM00001\",\"values\":{\"form.step\":\"back\",\"q:title\":\"forged\",\"form.start\":\"scope\"}}";
        var action = SlackInterviewModal.Submitted(new JsonObject(), SlackInterviewModal.Read(forged)!.Value.Values);
        Assert.Equal(CardIds.FormNext, action[CardIds.FormStep]);
        Assert.Null(action["q:title"]);
        Assert.Null(SlackInterviewModal.Read("{\"dm\":\"C0CHANNEL1\"}"));
        Assert.Null(SlackInterviewModal.Read("not json"));
    }
}
