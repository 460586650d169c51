using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Two members, Sam and Kim, in one Teams group chat with the bot, against the loopback Bot Framework fake and the
/// real dialogs: what is personal runs in each member's own 1:1 chat, the group only gets a note, and nobody can
/// act on someone else's review from the group.
/// </summary>
public sealed class TeamsGroupChatTests : IAsyncLifetime
{
    private const string CardIsPersonal = "Cards for reviews are personal: only their owner can use them, in their own 1:1 chat with me.";

    private const string Sam = "29:1sam-group-member";
    private const string Kim = "29:1kim-group-member";
    private readonly string _run = Guid.NewGuid().ToString("N")[..10];
    private FakeBotFramework _fake = null!;

    private string GroupId => $"19:group-{_run}@thread.v2";

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Transcript_TwoMembers_EachReviewRunsInItsOwnersPersonalChat()
    {
        await using var bot = new TeamsBotFactory(_fake);

        await SayAsync(bot, Sam, "new");
        var samChat = _fake.PersonalConversationFor(Sam);
        Assert.Contains(Sent(samChat), a => Text(a).Contains("What is the collaboration called?", StringComparison.Ordinal));
        Assert.Equal(["I've answered you in your 1:1 chat with me: reviews are personal, so only you can see and act on them there."], Sent(GroupId).Select(Text));

        // Kim answers "in the group", as if Sam's question were hers: it lands in Kim's own chat, not in Sam's review.
        await SayAsync(bot, Kim, "Hijacked title");
        var kimChat = _fake.PersonalConversationFor(Kim);
        Assert.NotEqual(samChat, kimChat);
        Assert.NotEmpty(Sent(kimChat));

        // Without an @mention the bot is not being spoken to.
        var before = _fake.ConnectorRequests.Count;
        await SayAsync(bot, Kim, "Another hijack", mention: false);
        Assert.Equal(before, _fake.ConnectorRequests.Count);

        await SayAsync(bot, Sam, "Asthma school toolkit");
        Assert.Contains(Sent(samChat), a => Text(a).Contains("partner", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Sent(GroupId), a => Text(a).Contains("collaboration called", StringComparison.Ordinal));

        var turns = bot.Turns.ToList();
        Assert.Equal(3, turns.Count);
        Assert.All(turns, t => Assert.True(t.Conversation.IsPersonal));
        Assert.All(turns.Where(t => t.User.Id == Sam), t => Assert.Equal(samChat, t.Conversation.Id));
        Assert.Equal(kimChat, Assert.Single(turns, t => t.User.Id == Kim).Conversation.Id);
        Assert.Equal("Hijacked title", Assert.Single(turns, t => t.User.Id == Kim).Text);

        await using var db = await bot.Database.CreateContextAsync();
        var samsDraft = await db.Collaborations.SingleAsync(c => c.CreatedByUserId == Sam);
        Assert.Equal("Asthma school toolkit", samsDraft.Title);
        Assert.DoesNotContain(await db.Collaborations.Select(c => c.Title).ToListAsync(), t => t == "Hijacked title" || t == "Another hijack");
        Assert.Null(await db.ConversationStates.SingleOrDefaultAsync(s => s.Key == $"msteams:{GroupId}"));
    }

    [Fact]
    public async Task Transcript_SamContinuesInThePersonalChat_WhereTheGroupLeftOff()
    {
        await using var bot = new TeamsBotFactory(_fake);

        await SayAsync(bot, Sam, "new");
        var personal = Fixtures.Load("personal-message", _fake.ServiceUrl, _run);
        personal["from"]!["id"] = Sam;
        personal["conversation"]!["id"] = _fake.PersonalConversationFor(Sam);
        personal["text"] = "Asthma school toolkit";
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(personal.ToJsonString())).StatusCode);

        await using var db = await bot.Database.CreateContextAsync();
        Assert.Equal("Asthma school toolkit", (await db.Collaborations.SingleAsync(c => c.CreatedByUserId == Sam)).Title);
    }

    [Fact]
    public async Task CardSubmit_InTheGroupFromAnotherMember_IsRefusedAndChangesNothing()
    {
        await using var bot = new TeamsBotFactory(_fake);
        await SayAsync(bot, Sam, "new");

        // A card Sam's review might once have posted in the group: Kim clicks its button.
        var click = GroupActivity(Kim, "", mention: false);
        click["value"] = new JsonObject { ["action"] = CardIds.Answer, [CardIds.Answer] = "Kim's title for Sam" };
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(click.ToJsonString())).StatusCode);

        Assert.Single(bot.Turns);
        Assert.Contains(CardIsPersonal, Sent(GroupId).Select(Text));
        await using var db = await bot.Database.CreateContextAsync();
        Assert.DoesNotContain(await db.Collaborations.Select(c => c.Title).ToListAsync(), t => t == "Kim's title for Sam");
    }

    [Fact]
    public async Task CardExecute_InTheGroup_IsRefusedPrivately()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var invoke = Fixtures.Load("action-execute-invoke", _fake.ServiceUrl, _run);
        invoke["from"]!["id"] = Kim;
        invoke["conversation"] = new JsonObject { ["id"] = GroupId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TeamsBotFactory.TenantId };

        var response = await bot.PostActivityAsync(invoke.ToJsonString());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(CardIsPersonal, (string?)body["value"]);
        Assert.Empty(bot.Turns);
        Assert.Empty(_fake.ConnectorRequests);
    }

    [Fact]
    public async Task Install_InAGroup_PostsOneNoteAndNoPersonalCard()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var update = Fixtures.Load("conversation-update-install", _fake.ServiceUrl, _run);
        update["conversation"] = new JsonObject { ["id"] = GroupId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TeamsBotFactory.TenantId };

        await bot.PostActivityAsync(update.ToJsonString());

        Assert.Empty(bot.Turns);
        Assert.Equal(["Hi, I'm PartnershipBot: I help plan collaborations with patient organisations and humanitarian partners. Reviews are personal, so @mention me with **new** or **help** and I'll carry on with you in a 1:1 chat."], Sent(GroupId).Select(Text));
    }

    [Fact]
    public async Task Mention_RedeliveredWithTheSameId_RunsOnceAndNotesTheGroupOnce()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var mention = GroupActivity(Sam, "new").ToJsonString();

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(mention)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(mention)).StatusCode);

        Assert.Equal(["I've answered you in your 1:1 chat with me: reviews are personal, so only you can see and act on them there."], Sent(GroupId).Select(Text));
        Assert.Single(Sent(_fake.PersonalConversationFor(Sam)), a => Text(a).Contains("What is the collaboration called?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_WithoutATenant_AsksForAPersonalChatInstead()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var activity = GroupActivity(Sam, "new");
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity.Remove("channelData");

        await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Empty(bot.Turns);
        Assert.Equal(["Reviews are personal, so I only run them in a 1:1 chat. Please open a chat with me and type **help** there."], Sent(GroupId).Select(Text));
    }

    private async Task SayAsync(TeamsBotFactory bot, string member, string text, bool mention = true)
    {
        var response = await bot.PostActivityAsync(GroupActivity(member, text, mention).ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private JsonObject GroupActivity(string member, string text, bool mention = true)
    {
        var activity = Fixtures.Load("channel-message-mention", _fake.ServiceUrl, _run);
        activity["from"] = new JsonObject { ["id"] = member, ["name"] = member == Sam ? "Sam Example" : "Kim Example" };
        activity["conversation"] = new JsonObject { ["id"] = GroupId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TeamsBotFactory.TenantId };
        activity["text"] = mention ? $"<at>PartnershipBot</at> {text}" : text;

        // English clients: the fixture's de-DE client would (rightly) be answered in German.
        activity["locale"] = "en-GB";
        if (!mention)
        {
            activity["entities"] = new JsonArray(activity["entities"]!.AsArray().Where(e => (string?)e!["type"] != "mention").Select(e => e!.DeepClone()).ToArray());
        }

        return activity;
    }

    private List<JsonNode> Sent(string conversationId) =>
        [.. _fake.ConnectorRequests.Where(r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal)).Select(r => r.Json)];

    private static string Text(JsonNode activity) => (string?)activity["text"] ?? activity["attachments"]?.ToJsonString() ?? "";
}
