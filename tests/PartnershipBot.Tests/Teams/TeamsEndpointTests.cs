using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Teams;

/// <summary>/api/messages in anonymous mode (as with the Emulator): routing, mapping, replies, bad input.</summary>
public sealed class TeamsEndpointTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static string Conversation(JsonObject activity) => (string)activity["conversation"]!["id"]!;

    [Fact]
    public async Task Post_PersonalMessage_RunsTurnAndRepliesToTheActivityWithoutToken()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(bot.Turns);
        Assert.Equal("new", turn.Text);
        var reply = await _fake.WaitForAsync(r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal));
        Assert.Equal($"/v3/conversations/{Conversation(activity)}/activities/{activity["id"]}", reply.Path);
        Assert.Null(reply.Authorization);
        Assert.Equal("message", (string?)reply.Json["type"]);
        Assert.Equal((string?)activity["id"], (string?)reply.Json["replyToId"]);
        Assert.Equal("29:1xYz-personal-user-id", (string?)reply.Json["recipient"]!["id"]);
        Assert.Equal($"28:{TeamsBotFactory.AppId}", (string?)reply.Json["from"]!["id"]);
    }

    [Fact]
    public async Task Post_ChannelMessageWithMention_RunsInThePersonalChatWithoutTheMention()
    {
        await using var bot = new TeamsBotFactory(_fake);

        var response = await bot.PostActivityAsync(Fixtures.Load("channel-message-mention", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(bot.Turns);
        Assert.Equal("checklist", turn.Text);
        Assert.True(turn.Conversation.IsPersonal);
        Assert.Equal(_fake.PersonalConversationFor("29:1xYz-channel-user-id"), turn.Conversation.Id);
        Assert.Equal("Europe/Berlin", turn.User.TimeZone);
    }

    [Fact]
    public async Task Post_SameActivityTwice_IsHandledOnce()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var json = Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString();

        await bot.PostActivityAsync(json);
        var answered = _fake.ConnectorRequests.Count;
        var again = await bot.PostActivityAsync(json);

        // The redelivery reaches the processor, which finds its id committed with the first turn's state.
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(answered > 0);
        Assert.Equal(answered, _fake.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Post_ConversationUpdateInstall_WelcomesTheUserOnce()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var run = Guid.NewGuid().ToString("N");
        var first = Fixtures.Load("conversation-update-install", _fake.ServiceUrl, run);
        var second = Fixtures.Load("conversation-update-install", _fake.ServiceUrl, run);

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(first.ToJsonString())).StatusCode);
        var answered = _fake.ConnectorRequests.Count;
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(second.ToJsonString())).StatusCode);

        Assert.Equal(answered, _fake.ConnectorRequests.Count);
        var turn = bot.Turns.First();
        Assert.Equal(CardIds.Welcome, turn.Action!.Id);
        Assert.Equal("29:1xYz-personal-user-id", turn.User.Id);
        Assert.Equal("", turn.Text);
        var sent = await _fake.WaitForAsync(r => r.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal));
        Assert.Equal($"/v3/conversations/{Conversation(first)}/activities", sent.Path);
    }

    [Fact]
    public async Task Post_ConversationUpdateWithoutNewMembers_RunsNoTurn()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = Fixtures.Load("conversation-update-install", _fake.ServiceUrl);
        activity.Remove("membersAdded");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:someone" });

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_ActionSubmit_BecomesAnswerAction()
    {
        await using var bot = new TeamsBotFactory(_fake);

        await bot.PostActivityAsync(Fixtures.Load("action-submit", _fake.ServiceUrl).ToJsonString());

        var turn = Assert.Single(bot.Turns);
        Assert.Equal(new UserAction(CardIds.Answer, new Dictionary<string, string>()).Id, turn.Action!.Id);
        Assert.Equal("patient-organisation", turn.Action[CardIds.Answer]);
    }

    [Fact]
    public async Task Post_ActionSubmitAnsweredWithReplacingCard_UpdatesTheOriginalCard()
    {
        var card = new Card { Title = $"Checklist", Checklist = [new("agreement", "Written agreement", true)] };
        await using var bot = new TeamsBotFactory(_fake) { Script = _ => [new CardReply(card, ReplacesOriginal: true)] };
        var activity = Fixtures.Load("action-submit", _fake.ServiceUrl);

        await bot.PostActivityAsync(activity.ToJsonString());

        var update = await _fake.WaitForAsync(r => r.Method == "PUT");
        Assert.Equal($"/v3/conversations/{Conversation(activity)}/activities/1763630150000", update.Path);
        Assert.Equal("1763630150000", (string?)update.Json["id"]);
        Assert.Equal("item:agreement", (string?)update.Json["attachments"]![0]!["content"]!["body"]![1]!["id"]);
    }

    [Fact]
    public async Task Post_ActionExecute_AnswersWithRefreshedCardAndPostsTheRest()
    {
        var card = new Card
        {
            Title = $"Checklist",
            Checklist = [new("agreement", "Written agreement", true), new("disclosure", "Amount published", false)],
            Actions = [new(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { ["collaboration"] = "12" })],
        };
        await using var bot = new TeamsBotFactory(_fake) { Script = _ => [new CardReply(card, ReplacesOriginal: true), new TextReply($"Saved 1 of 2.")] };
        var activity = Fixtures.Load("action-execute-invoke", _fake.ServiceUrl);

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("checklist.save", (string?)body["value"]!["actions"]![0]!["verb"]);
        var turn = Assert.Single(bot.Turns);
        Assert.Equal(CardIds.ChecklistSave, turn.Action!.Id);
        Assert.Equal("true", turn.Action["item:agreement"]);
        var posted = await _fake.WaitForAsync(r => r.Path == $"/v3/conversations/{Conversation(activity)}/activities");
        Assert.Equal("Saved 1 of 2.", (string?)posted.Json["text"]);
        Assert.DoesNotContain(_fake.ConnectorRequests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Post_ActionExecuteAnsweredWithText_AnswersWithMessage()
    {
        await using var bot = new TeamsBotFactory(_fake) { Script = _ => [new TextReply($"Nothing to save.")] };

        var response = await bot.PostActivityAsync(Fixtures.Load("action-execute-invoke", _fake.ServiceUrl).ToJsonString());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("Nothing to save.", (string?)body["value"]);
        Assert.Empty(_fake.ConnectorRequests);
    }

    [Fact]
    public async Task Post_ActionExecuteWhenTurnFails_AnswersWithErrorAndNoInternals()
    {
        await using var bot = new TeamsBotFactory(_fake) { Script = _ => throw new InvalidOperationException("db password is hunter2") };

        var response = await bot.PostActivityAsync(Fixtures.Load("action-execute-invoke", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MessageWhenTurnFails_Returns200AndApologises()
    {
        // The turn fails inside the real processor: the snapshot it loads before the dialogs cannot be read.
        var inputs = new Mock<ITurnInputsProvider>();
        inputs.Setup(p => p.LoadAsync(It.IsAny<Turn>(), It.IsAny<BotDbContext>(), It.IsAny<TurnInputs>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("snapshot store down"));
        await using var bot = new TeamsBotFactory(_fake, services: s => s.AddSingleton(inputs.Object));

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = await _fake.WaitForAsync(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
        Assert.Equal(EnglishTurnMessages.SomethingWentWrong, (string?)apology.Json["text"]);
    }

    [Fact]
    public async Task Post_UnknownInvoke_Returns501()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = Fixtures.Load("action-execute-invoke", _fake.ServiceUrl);
        activity["name"] = "composeExtension/query";

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("installationUpdate")]
    public async Task Post_OtherActivityTypes_Return200AndAreIgnored(string type)
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        activity["type"] = type;

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(_fake.ConnectorRequests);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{}")]
    [InlineData("""{"type":"message","text":"hi","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"ftp://x/","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/","conversation":{"id":"c"}}""")]
    public async Task Post_MalformedActivity_Returns400WithoutInternals(string body)
    {
        await using var bot = new TeamsBotFactory(_fake);

        var response = await bot.PostActivityAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_HugeBody_Returns413()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        activity["text"] = new string('x', 600 * 1024);

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_AnonymousInProduction_IsRefused()
    {
        await using var bot = new TeamsBotFactory(_fake, environment: "Production");

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_AnonymousInProductionWhenAllowed_IsAccepted()
    {
        await using var bot = new TeamsBotFactory(_fake, environment: "Production", allowAnonymous: true);

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Fact]
    public async Task Post_Message_StoresTheConversationAddress()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);

        await bot.PostActivityAsync(activity.ToJsonString());

        var store = bot.Services.GetRequiredService<IConversationAddressStore>();
        var address = await store.FindAsync("msteams", "29:1xYz-personal-user-id", CancellationToken.None);
        Assert.NotNull(address);
        Assert.Equal(Conversation(activity), address.ConversationId);
        Assert.Equal(_fake.ServiceUrl, address.ServiceUrl);
        Assert.Equal(TeamsBotFactory.TenantId, address.TenantId);
        Assert.Equal("Europe/London", address.TimeZone);
        Assert.Equal("6f1a0c3e-5b7d-4c2a-9e8f-0a1b2c3d4e5f", address.AadObjectId);
    }
}
