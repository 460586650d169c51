using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Teams;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Safety;

/// <summary>
/// Safety information in Teams, end to end through /api/messages: a side effect typed in a personal chat reaches the
/// pharmacovigilance channel at the fake connector as a card with "Mark received" (Action.Execute). Only a click
/// from that channel marks it; the first click is answered with the refreshed card saying who and when, a second
/// is told who marked it, and a click from any other conversation is refused and stores nothing.
/// </summary>
public sealed class SafetyTeamsTests : IAsyncLifetime
{
    private const string PvChannel = "19:pharmacovigilance@thread.tacv2";
    private const string SideEffect = "A mum told us her son got a bad rash from the new inhaler";
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SideEffectTyped_ReachesThePvChannel_AndAClickThereMarksItReceived_ThenASecondClickIsToldWho()
    {
        await using var bot = Bot();
        var chat = new TeamsChat(bot, _fake);

        // Transcript: the user mentions a side effect out of the blue and is told at once.
        var replies = await chat.SayAsync(SideEffect);
        Assert.StartsWith("**This may be safety information**", TeamsChat.Text(replies[0]), StringComparison.Ordinal);

        var report = await DeliverAsync(bot);
        var card = report["attachments"]![0]!["content"]!;
        AssertValidCard(card);
        Assert.Contains(SideEffect, card.ToJsonString(), StringComparison.Ordinal);
        var button = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Mark received")!;
        Assert.Equal("Action.Execute", (string?)button["type"]);
        Assert.Equal(SafetyReceipts.Action, (string?)button["verb"]);
        Assert.Equal("Action.Submit", (string?)button["fallback"]!["type"]);
        var reference = (string)button["data"]![SafetyReceipts.ReferenceValue]!;

        // The pharmacovigilance officer clicks in the channel's thread of the report.
        var first = await ClickAsync(bot, button, $"{PvChannel};messageid=1765000000001", "29:pv-officer", "Priya Officer");
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["type"]);
        var refreshed = first["value"]!;
        AssertValidCard(refreshed);
        var facts = refreshed["body"]!.AsArray().Single(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray();
        var received = (string)facts.Single(f => (string?)f!["title"] == "Received by pharmacovigilance")!["value"]!;
        Assert.Contains("Priya Officer", received, StringComparison.Ordinal);
        Assert.Contains("msteams:29:pv-officer", Markdown(received), StringComparison.Ordinal);
        Assert.Null(refreshed["actions"]);

        var stored = await ReportAsync(bot, reference);
        Assert.Equal(("Priya Officer", "msteams:29:pv-officer"), (stored.AcknowledgedBy, stored.AcknowledgedById));
        Assert.NotNull(stored.AcknowledgedAt);

        // Teams redelivers the officer's invoke (no answer seen): the marked card again, the mark unchanged.
        var repeated = await ClickAsync(bot, button, $"{PvChannel};messageid=1765000000001", "29:pv-officer", "Priya Officer");
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)repeated["type"]);
        Assert.Equal(stored.AcknowledgedAt, (await ReportAsync(bot, reference)).AcknowledgedAt);

        // A colleague clicks the same (stale) button: told who marked it; the first mark stands.
        var second = await ClickAsync(bot, button, $"{PvChannel};messageid=1765000000001", "29:pv-colleague", "Sam Colleague");
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)second["type"]);
        Assert.Contains($"{reference} was already marked received by Priya Officer (msteams:29:pv-officer)", (string?)second["value"], StringComparison.Ordinal);
        var after = await ReportAsync(bot, reference);
        Assert.Equal((stored.AcknowledgedById, stored.AcknowledgedAt), (after.AcknowledgedById, after.AcknowledgedAt));
    }

    [Theory]
    [InlineData("19:general@thread.tacv2;messageid=1765000000001", "channel")]
    [InlineData("a:1personal-conversation-id", "personal")]
    public async Task MarkReceived_FromAnotherConversation_IsRefusedAndStoresNothing(string conversation, string type)
    {
        await using var bot = Bot();
        await new TeamsChat(bot, _fake).SayAsync(SideEffect);
        var report = await DeliverAsync(bot);
        var button = report["attachments"]![0]!["content"]!["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Mark received")!;

        var answer = await ClickAsync(bot, button, conversation, "29:someone-else", "Someone Else", type);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Equal("Only the pharmacovigilance channel can mark a safety report received. Nothing was recorded.", (string?)answer["value"]);
        var stored = await ReportAsync(bot, (string)button["data"]![SafetyReceipts.ReferenceValue]!);
        Assert.Null(stored.AcknowledgedAt);
        Assert.Null(stored.AcknowledgedById);
    }

    private TeamsBotFactory Bot() => new(_fake)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Safety:Contact:Channel"] = "msteams",
            ["Safety:Contact:ConversationId"] = PvChannel,
            ["Safety:Contact:ServiceUrl"] = _fake.ServiceUrl,
            ["Safety:Contact:TenantId"] = TeamsBotFactory.TenantId,
            ["Safety:Contact:Name"] = "Pharmacovigilance",
            // The test sends when it wants to (the background sender would race the assertions).
            ["Safety:SenderEnabled"] = "false",
        },
    };

    /// <summary>Runs the sender once and returns what reached the pharmacovigilance channel.</summary>
    private async Task<JsonNode> DeliverAsync(TeamsBotFactory bot)
    {
        Assert.Equal(1, await bot.Services.GetRequiredService<SafetyReportSender>().SendDueAsync(CancellationToken.None));
        return Assert.Single(_fake.ConnectorRequests, r => r.Method == "POST" && (string?)r.Json["conversation"]?["id"] == PvChannel).Json;
    }

    /// <summary>An adaptiveCard/action invoke as Teams sends it from a message in <paramref name="conversation"/>.</summary>
    private async Task<JsonNode> ClickAsync(TeamsBotFactory bot, JsonNode button, string conversation, string userId, string name, string type = "channel")
    {
        var activity = Fixtures.Load("action-execute-invoke", _fake.ServiceUrl);
        activity["conversation"] = new JsonObject { ["conversationType"] = type, ["tenantId"] = TeamsBotFactory.TenantId, ["id"] = conversation };
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = name };
        activity["value"]!["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = (string?)button["title"],
            ["verb"] = (string?)button["verb"],
            ["data"] = button["data"]!.DeepClone(),
        };
        var response = await bot.PostActivityAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<SafetyReportRow> ReportAsync(TeamsBotFactory bot, string reference)
    {
        await using var db = await bot.Database.CreateContextAsync();
        return await db.SafetyReports.AsNoTracking().SingleAsync(r => r.Reference == reference);
    }

    private static string Markdown(string text) => PartnershipBot.Dialogs.Markdown.Unescape(text);

    /// <summary>
    /// The repository has no copy of the Adaptive Card JSON schema (and nothing may be downloaded), so this checks
    /// the parts of it this card uses, as AdaptiveCardRendererTests does: the version Teams renders, element and
    /// action types it knows, and every Execute carrying a verb and a Submit fallback.
    /// </summary>
    private static void AssertValidCard(JsonNode card)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.All(card["body"]!.AsArray(), e => Assert.Contains((string?)e!["type"], new[] { "TextBlock", "FactSet", "Container" }));
        foreach (var action in card["actions"]?.AsArray() ?? [])
        {
            Assert.Contains((string?)action!["type"], new[] { "Action.Execute", "Action.Submit", "Action.ToggleVisibility" });
            Assert.False(string.IsNullOrEmpty((string?)action["title"]));
            if ((string?)action["type"] == "Action.Execute")
            {
                Assert.False(string.IsNullOrEmpty((string?)action["verb"]));
                Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
            }
        }
    }
}
