using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Approvals;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Compliance sign-off in Teams, through the real endpoint and the loopback Bot Connector: Dana submits in her
/// chat; the review card is posted to the review channel (Universal Actions: a refresh for the reviewers the bot
/// knows); reviewers click Action.Execute buttons and get the updated card back, anyone else a refusal; the
/// posted card is replaced after the decision and Dana hears of it in her chat, with an Edit button.
/// </summary>
public sealed class TeamsApprovalTranscriptTests : IAsyncLifetime
{
    private const string AdaOid = "0b7c9a43-2f11-4b59-9d7e-8a1f6f0e3a01";
    private const string BenOid = "6f0d2c55-9a3e-4d0b-b1c4-3e2a7d9f5b02";
    private const string ReviewChannel = "19:review@thread.tacv2";
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task ReviewCard_ApproveRequestChangesResubmitStaleAndTwoAtOnce_ThroughTheInvoke()
    {
        await using var bot = Bot();
        var dana = new TeamsChat(bot, fake);
        await dana.InstallAsync();
        await InstallAsync(bot, "29:ada", AdaOid, "Ada Reviewer");
        var submitted = await SubmitAsync(dana);

        // The posted card: status for everyone, buttons fetched by the reviewers' refresh (Ada's Teams id is known).
        Assert.Equal(1, await SendDueAsync(bot));
        var post = fake.ConnectorRequests.Single(r => r.Path == $"/v3/conversations/{ReviewChannel}/activities");
        var posted = Card(post.Json);
        AssertValidCard(posted);
        Assert.Null(posted["actions"]);
        Assert.Equal(["29:ada"], posted["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Equal(TeamsApprovalCard.Refresh, (string?)posted["refresh"]!["action"]!["verb"]);
        var text = posted.ToJsonString();
        Assert.Contains("Compliance review: Asthma school toolkit", text, StringComparison.Ordinal);
        Assert.Contains("Awaiting review", text, StringComparison.Ordinal);
        Assert.Contains("Open obligations", text, StringComparison.Ordinal);

        // Ada's refresh shows her the buttons; Eve's shows her the status only.
        var adaCard = ExpectCard(await InvokeAsync(bot, posted["refresh"]!["action"]!, Person.Ada));
        AssertValidCard(adaCard);
        Assert.Equal(["Approve", "Request changes", "Reject", "Request changes in a form", "Reject in a form"], adaCard["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        Assert.Null(ExpectCard(await InvokeAsync(bot, posted["refresh"]!["action"]!, Person.Eve))["actions"]);

        // Eve clicks anyway (a forged invoke): refused, nothing stored. Ada forgets the comment: refused.
        Assert.StartsWith("Only a configured compliance reviewer", ExpectMessage(await InvokeAsync(bot, Action(adaCard, "Approve"), Person.Eve)), StringComparison.Ordinal);
        Assert.StartsWith("Please add a comment", ExpectMessage(await InvokeAsync(bot, Action(adaCard, "Request changes"), Person.Ada)), StringComparison.Ordinal);
        var changes = ExpectCard(await InvokeAsync(bot, Action(adaCard, "Request changes"), Person.Ada, "Name the steering group's <members>"));
        AssertValidCard(changes);
        Assert.Null(changes["actions"]);
        Assert.Contains("Changes requested", changes.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("by Ada Reviewer (Compliance reviewer)", (string?)changes["body"]![1]!["text"], StringComparison.Ordinal);

        // The outbox replaces the posted card (same activity id) and tells Dana in her chat, with an Edit button.
        Assert.Equal(2, await SendDueAsync(bot));
        string postedId;
        await using (var db = await bot.Database.CreateContextAsync())
        {
            postedId = (await db.ApprovalOutbox.SingleAsync(m => m.Kind == ApprovalMessageKinds.ReviewRequest)).PostedId!;
        }

        var update = fake.ConnectorRequests.Single(r => r.Method == "PUT" && r.Path.Contains(ReviewChannel, StringComparison.Ordinal));
        Assert.Equal($"/v3/conversations/{ReviewChannel}/activities/{postedId}", update.Path);
        Assert.Contains("Changes requested", update.Body, StringComparison.Ordinal);
        var notice = dana.Sent().Single(a => TeamsChat.Text(a).Contains("Changes requested: Asthma school toolkit", StringComparison.Ordinal));
        Assert.Contains("Name the steering group", TeamsChat.Text(notice), StringComparison.Ordinal);

        // Edit from the notice's button, submit again: round 2, a new card.
        var editing = await dana.ClickAsync(notice, "Edit");
        Assert.Contains("Editing \"Asthma school toolkit\"", TeamsChat.Text(editing[0]), StringComparison.Ordinal);
        await dana.SayAsync("submit");
        Assert.Equal(1, await SendDueAsync(bot));
        var round2 = Card(fake.ConnectorRequests.Last(r => r.Path == $"/v3/conversations/{ReviewChannel}/activities" && r.Method == "POST").Json);
        var round2Ada = ExpectCard(await InvokeAsync(bot, round2["refresh"]!["action"]!, Person.Ada));

        // Ada's round-1 card is stale; Ada and Ben approve round 2 at the same moment: one wins.
        Assert.Contains("earlier version", ExpectMessage(await InvokeAsync(bot, Action(adaCard, "Approve"), Person.Ada)), StringComparison.Ordinal);
        var both = await Task.WhenAll(InvokeAsync(bot, Action(round2Ada, "Approve"), Person.Ada), InvokeAsync(bot, Action(round2Ada, "Approve"), Person.Ben));
        var cards = both.Where(b => (string?)b["type"] == AdaptiveCardType).ToList();
        var messages = both.Where(b => (string?)b["type"] == InvokeMessageType).ToList();
        Assert.Single(cards);
        Assert.Contains("already approved this", (string?)Assert.Single(messages)["value"], StringComparison.Ordinal);
        Assert.Contains("Approved", cards[0]["value"]!.ToJsonString(), StringComparison.Ordinal);

        // The winner's click redelivered gets the decided card again; the other reviewer is still told who decided.
        var winner = ReferenceEquals(both[0], cards[0]) ? Person.Ada : Person.Ben;
        var loser = winner == Person.Ada ? Person.Ben : Person.Ada;
        Assert.Contains("Approved", ExpectCard(await InvokeAsync(bot, Action(round2Ada, "Approve"), winner)).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("already approved this", ExpectMessage(await InvokeAsync(bot, Action(round2Ada, "Approve"), loser)), StringComparison.Ordinal);

        await using var after = await bot.Database.CreateContextAsync();
        var rounds = await after.ApprovalRounds.OrderBy(r => r.Round).ToListAsync();
        Assert.Equal([ApprovalStatus.ChangesRequested, ApprovalStatus.Approved], rounds.Select(r => r.Status));
        Assert.Equal(("msteams:29:ada", AdaOid), (rounds[0].DecidedById, rounds[0].DecidedByEntraId));
        Assert.True((await after.ChecklistItems.SingleAsync(i => i.ItemId == ApprovalService.CertifyItem)).Done);
        Assert.Contains(submitted, a => TeamsChat.Text(a).Contains("Sent for compliance review to Ada Reviewer (Compliance reviewer), Ben Checker (Compliance reviewer)", StringComparison.Ordinal));
    }

    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    private const string InvokeMessageType = "application/vnd.microsoft.activity.message";

    private enum Person
    {
        Ada,
        Ben,
        Eve,
    }

    private TeamsBotFactory Bot() => new(fake)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Approvals:Reviewers:0:Name"] = "Ada Reviewer",
            ["Approvals:Reviewers:0:TeamsAadObjectId"] = AdaOid,
            ["Approvals:Reviewers:1:Name"] = "Ben Checker",
            ["Approvals:Reviewers:1:TeamsAadObjectId"] = BenOid,
            ["Approvals:Post:Channel"] = "msteams",
            ["Approvals:Post:ConversationId"] = ReviewChannel,
            ["Approvals:Post:ServiceUrl"] = fake.ServiceUrl,
            ["Approvals:Post:TenantId"] = TeamsBotFactory.TenantId,
            ["Approvals:SenderEnabled"] = "false",
        },
    };

    private static Task<int> SendDueAsync(TeamsBotFactory bot) => bot.Services.GetRequiredService<ApprovalSender>().SendDueAsync(CancellationToken.None);

    private async Task InstallAsync(TeamsBotFactory bot, string id, string oid, string name)
    {
        var install = Fixtures.Load("conversation-update-install", fake.ServiceUrl);
        install["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = oid, ["name"] = name };
        Assert.True((await bot.PostActivityAsync(install.ToJsonString())).IsSuccessStatusCode);
    }

    /// <summary>An Action.Execute click on the review card, in the review channel, by one of the people.</summary>
    private async Task<JsonNode> InvokeAsync(TeamsBotFactory bot, JsonNode action, Person who, string? comment = null)
    {
        var (id, oid, name) = who switch
        {
            Person.Ada => ("29:ada", AdaOid, "Ada Reviewer"),
            Person.Ben => ("29:ben", BenOid, "Ben Checker"),
            _ => ("29:eve", "9d3f2b71-0000-4000-8000-000000000000", "Eve Bystander"),
        };
        var invoke = Fixtures.Load("action-execute-invoke", fake.ServiceUrl);
        invoke["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = oid, ["name"] = name };
        invoke["conversation"] = new JsonObject { ["conversationType"] = "channel", ["tenantId"] = TeamsBotFactory.TenantId, ["id"] = ReviewChannel };
        var data = action["data"]!.DeepClone().AsObject();
        if (comment is not null)
        {
            data[TeamsApprovalCard.CommentInput] = comment;
        }

        invoke["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)action["verb"], ["data"] = data };
        var response = await bot.PostActivityAsync(invoke.ToJsonString());
        Assert.True(response.IsSuccessStatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode ExpectCard(JsonNode response)
    {
        Assert.Equal(AdaptiveCardType, (string?)response["type"]);
        return response["value"]!;
    }

    private static string ExpectMessage(JsonNode response)
    {
        Assert.Equal(InvokeMessageType, (string?)response["type"]);
        return (string)response["value"]!;
    }

    private static JsonNode Card(JsonNode activity) => activity["attachments"]![0]!["content"]!;

    private static JsonNode Action(JsonNode card, string title) => card["actions"]!.AsArray().Single(a => (string?)a!["title"] == title)!;

    /// <summary>The grant review of the Teams transcript test, answered by typing and clicking, then submitted.</summary>
    private static async Task<List<JsonNode>> SubmitAsync(TeamsChat chat)
    {
        await chat.ReviewUpToOwnerAsync();
        var answers = UkGrantInterview.AfterEndDate;
        foreach (var answer in answers)
        {
            await chat.SayAsync(answer);
        }

        return await chat.SayAsync("submit");
    }

    /// <summary>
    /// The card against the parts of the Adaptive Card 1.5 schema it uses (no schema file ships with the tests):
    /// known element and action types, an Action.Execute always has a verb and data, inputs have ids and labels,
    /// a refresh is an Action.Execute with user ids.
    /// </summary>
    internal static void AssertValidCard(JsonNode card)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        string[] elements = ["TextBlock", "FactSet", "Container", "Input.Text", "Input.Toggle", "Input.ChoiceSet", "Input.Date"];
        string[] actions = ["Action.Execute", "Action.Submit", "Action.ToggleVisibility", "Action.OpenUrl"];
        void Element(JsonNode e)
        {
            Assert.Contains((string?)e["type"], elements);
            if (((string?)e["type"])!.StartsWith("Input.", StringComparison.Ordinal))
            {
                Assert.False(string.IsNullOrEmpty((string?)e["id"]));
                Assert.False(string.IsNullOrEmpty((string?)e["label"]));
            }

            if ((string?)e["type"] == "TextBlock")
            {
                Assert.NotNull((string?)e["text"]);
            }

            foreach (var item in e["items"]?.AsArray() ?? [])
            {
                Element(item!);
            }
        }

        void Action(JsonNode a)
        {
            Assert.Contains((string?)a["type"], actions);
            if ((string?)a["type"] == "Action.Execute")
            {
                Assert.False(string.IsNullOrEmpty((string?)a["verb"]));
                Assert.IsType<JsonObject>(a["data"]);
            }

            if (a["style"] is { } style)
            {
                Assert.Contains((string?)style, new[] { "default", "positive", "destructive" });
            }
        }

        foreach (var e in card["body"]!.AsArray())
        {
            Element(e!);
        }

        foreach (var a in card["actions"]?.AsArray() ?? [])
        {
            Action(a!);
        }

        if (card["refresh"] is { } refresh)
        {
            Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
            Action(refresh["action"]!);
            Assert.All(refresh["userIds"]!.AsArray(), id => Assert.StartsWith("29:", (string?)id, StringComparison.Ordinal));
        }
    }
}
