using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackInteractionsTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    private async Task ClickAsync(JsonObject action, bool ephemeral = false, JsonObject? state = null, string responseId = "r-act")
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, SlackPayloads.BlockActions(action, _slack.ResponseUrl(responseId), ephemeral, state));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChoiceButton_InDm_BecomesAnswerTurnAndRepliesInTheDm()
    {
        await ClickAsync(Obj("""{"type":"button","action_id":"answer#1","block_id":"b","value":"humanitarian","action_ts":"1700000001.000"}"""));

        var turn = await _bot.Turns.WaitForAsync(t => t.Action is not null);
        Assert.Equal(CardIds.Answer, turn.Action!.Id);
        Assert.Equal("humanitarian", turn.Action["answer"]);
        Assert.Equal("", turn.Text);
        Assert.Equal($"slack:{SlackBotFactory.Team}:{FakeSlackApi.DmChannel}", turn.Conversation.Key);
        var post = await _slack.WaitForApiAsync("chat.postMessage");
        Assert.Equal(FakeSlackApi.DmChannel, post["channel"]);
    }

    [Fact]
    public async Task InputOnlyCheckbox_Click_StartsNoTurn_SubmitCarriesTheSelection()
    {
        var state = new JsonObject { ["b1"] = new JsonObject { ["answer#input0"] = Obj("""{"type":"checkboxes","selected_options":[{"value":"r1"},{"value":"l2"}]}""") } };

        await ClickAsync(Obj("""{"type":"checkboxes","action_id":"answer#input0","block_id":"b1","selected_options":[{"value":"r1"}]}"""));
        await ClickAsync(Obj("""{"type":"button","action_id":"answer#submit","block_id":"b2"}"""), state: state);

        var turn = await _bot.Turns.WaitForAsync(t => t.Action is not null);
        Assert.Equal("r1,l2", turn.Action!["answer"]);
        Assert.Single(_bot.Turns.Turns);
    }

    [Fact]
    public async Task Datepicker_Pick_BecomesAnswerWithIsoDate()
    {
        await ClickAsync(Obj("""{"type":"datepicker","action_id":"answer#date","block_id":"b","selected_date":"2025-06-30"}"""));

        var turn = await _bot.Turns.WaitForAsync(t => t.Action is not null);
        Assert.Equal("2025-06-30", turn.Action!["answer"]);
    }

    [Fact]
    public async Task ReminderButton_Unknown_IsPassedToTheDialogsGenerically()
    {
        await ClickAsync(Obj("""{"type":"button","action_id":"reminder.snooze#0","block_id":"b","value":"{\"reminder\":\"42\",\"days\":\"7\"}"}"""));

        var turn = await _bot.Turns.WaitForAsync(t => t.Action is not null);
        Assert.Equal("reminder.snooze", turn.Action!.Id);
        Assert.Equal("42", turn.Action["reminder"]);
        Assert.Equal("7", turn.Action["days"]);
    }

    [Fact]
    public async Task Click_OnEphemeralMessage_RunsOnSlashConversationAndAnswersViaResponseUrl()
    {
        await ClickAsync(Obj("""{"type":"button","action_id":"answer#0","block_id":"b","value":"b"}"""), ephemeral: true, responseId: "r-eph");

        var turn = await _bot.Turns.WaitForAsync(t => t.Action is not null);
        Assert.Equal($"slack:{SlackBotFactory.Team}:{SlackBotFactory.User}:slash", turn.Conversation.Key);
        var reply = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-eph");
        Assert.Equal("false", reply["replace_original"]);
    }

    [Fact]
    public async Task Click_InSharedChannel_RunsNoTurnAndPointsToTheDm()
    {
        // A card in a channel is seen by everyone there: clicks on it would all land on one shared conversation.
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath,
            SlackPayloads.BlockActions(Obj("""{"type":"button","action_id":"checklist.save#0","block_id":"b","value":"{\"collaboration\":\"0b7c5f3e2f514d8e9a576a3d1c1e9a01\"}"}"""),
                _slack.ResponseUrl("r-chan"), channel: "C0CHAN001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-chan");
        Assert.Equal("false", notice["replace_original"]);
        Assert.Contains("direct message", notice["text"], StringComparison.Ordinal);
        Assert.Empty(_bot.Turns.Turns);
    }

    [Fact]
    public void Replies_RenderedForTheStoredOutbox_AreTheOnesSent()
    {
        var sender = new SlackReplySender(_bot.Services.GetRequiredService<SlackApiClient>(), new SlackBlockKitRenderer(), SlackReplyTarget.ToChannel(FakeSlackApi.DmChannel));
        IReadOnlyList<Reply> replies = [new TextReply($"Saved.")];

        var stored = sender.Render(replies);

        Assert.Same(stored, sender.Render(replies));
        Assert.NotSame(stored, sender.Render([new TextReply($"Saved.")]));
    }

    [Fact]
    public async Task ChecklistCard_ReplacingOriginalInDm_IsUpdatedInPlace()
    {
        var sender = new SlackReplySender(_bot.Services.GetRequiredService<SlackApiClient>(), new SlackBlockKitRenderer(),
            SlackReplyTarget.ToChannel(FakeSlackApi.DmChannel, "1700000000.000300"));
        var card = new Card { Key = "checklist:7", Title = $"Checklist", Checklist = [new ChecklistEntry("1", "Written agreement", true)] };

        await sender.SendAsync([new CardReply(card, ReplacesOriginal: true), new TextReply($"Saved.")], CancellationToken.None);

        var update = Assert.Single(_slack.Api("chat.update"));
        Assert.Equal("1700000000.000300", update["ts"]);
        Assert.Equal(FakeSlackApi.DmChannel, update["channel"]);
        Assert.Contains("item:1", update.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Saved.", Assert.Single(_slack.Api("chat.postMessage"))["text"]);
    }

    [Fact]
    public async Task ChecklistCard_WhenUpdateFails_IsPostedAfresh()
    {
        _slack.Errors["chat.update"] = "message_not_found";
        var sender = new SlackReplySender(_bot.Services.GetRequiredService<SlackApiClient>(), new SlackBlockKitRenderer(),
            SlackReplyTarget.ToChannel(FakeSlackApi.DmChannel, "1700000000.000300"));

        await sender.SendAsync([new CardReply(new Card { Title = $"Checklist" }, ReplacesOriginal: true)], CancellationToken.None);

        Assert.Single(_slack.Api("chat.update"));
        Assert.Single(_slack.Api("chat.postMessage"));
    }

    [Fact]
    public async Task ChecklistCard_ReplacingOriginalViaResponseUrl_SetsReplaceOriginal()
    {
        var sender = new SlackReplySender(_bot.Services.GetRequiredService<SlackApiClient>(), new SlackBlockKitRenderer(),
            SlackReplyTarget.ToResponseUrl(_slack.ResponseUrl("r-cl")));

        await sender.SendAsync([new CardReply(new Card { Title = $"Checklist" }, ReplacesOriginal: true), new TextReply($"Saved.")], CancellationToken.None);

        var responses = _slack.Responses.Where(r => r.Method == "r-cl").ToList();
        Assert.Equal(["true", "false"], responses.Select(r => r["replace_original"]));
    }

    [Fact]
    public async Task QuestionCardPostedThroughAResponseUrl_AnsweredByTyping_IsReplacedThroughThatResponseUrl()
    {
        var api = _bot.Services.GetRequiredService<SlackApiClient>();
        var cards = _bot.Services.GetRequiredService<SentCardStore>();
        var slash = $"slack:{SlackBotFactory.Team}:{SlackBotFactory.User}:slash";
        var question = new ChoicesReply("Is the work domestic or international?", [new("domestic", "Domestic"), new("international", "International")]) { PromptToken = "tok1" };
        await new SlackReplySender(api, new SlackBlockKitRenderer(), SlackReplyTarget.ToResponseUrl(_slack.ResponseUrl("r-ask")) with { CardScope = slash }, cards)
            .SendAsync([question], CancellationToken.None);

        // The typed answer arrives with a response_url of its own; the card is replaced through the one it came with.
        var answered = new CardReply(new Card { Title = $"Answered", Text = $"Is the work domestic or international?\n\n**Your answer:** Domestic" }) { ReplacesPrompt = "tok1" };
        await new SlackReplySender(api, new SlackBlockKitRenderer(), SlackReplyTarget.ToResponseUrl(_slack.ResponseUrl("r-typed")) with { CardScope = slash }, cards)
            .SendAsync([answered, new TextReply($"Which countries?")], CancellationToken.None);

        var replaced = Assert.Single(_slack.Responses, r => r.Method == "r-ask" && r["replace_original"] == "true");
        Assert.Contains("Your answer:", replaced.Body.ToJsonString(), StringComparison.Ordinal);
        var typed = Assert.Single(_slack.Responses, r => r.Method == "r-typed");
        Assert.Equal("false", typed["replace_original"]);
        Assert.DoesNotContain("Your answer:", typed.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingCard_ForAnotherConversationsQuestion_EditsNothing()
    {
        var api = _bot.Services.GetRequiredService<SlackApiClient>();
        var cards = _bot.Services.GetRequiredService<SentCardStore>();
        var question = new ChoicesReply("Is the work domestic or international?", [new("domestic", "Domestic")]) { PromptToken = "tok2" };
        await new SlackReplySender(api, new SlackBlockKitRenderer(), SlackReplyTarget.ToChannel(FakeSlackApi.DmChannel) with { CardScope = "slack:T1:D1" }, cards)
            .SendAsync([question], CancellationToken.None);

        var closing = new CardReply(new Card { Title = $"Cancelled" }) { ReplacesPrompt = "tok2" };
        await new SlackReplySender(api, new SlackBlockKitRenderer(), SlackReplyTarget.ToChannel(FakeSlackApi.DmChannel) with { CardScope = "slack:T1:D2" }, cards)
            .SendAsync([closing], CancellationToken.None);
        await new SlackReplySender(api, new SlackBlockKitRenderer(), SlackReplyTarget.ToChannel(FakeSlackApi.DmChannel), cards)
            .SendAsync([closing], CancellationToken.None);

        Assert.Empty(_slack.Api("chat.update"));
        Assert.Single(_slack.Api("chat.postMessage"));
    }
}
