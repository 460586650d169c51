using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// The interview in a Teams dialog (task module), through /api/messages with real Bot Connector tokens, the real
/// dialogs and database: "Fill in a form" on the interview's start message opens it (task/fetch), each page comes
/// back as task/submit and is answered with the next page, the same page with the reasons, or a closing message.
/// </summary>
public sealed class TeamsDialogTests : IAsyncLifetime
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Dialog_WholeInterview_SavesEveryPageAndSubmitsIntoTheChat()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var start = await user.SayAsync("new");
        var page = await user.FetchAsync(start, "Fill in a form");
        var pages = 0;
        while ((string?)page["task"]!["type"] == "continue")
        {
            pages++;
            Assert.True(pages < 12, "The form never ended.");
            DialogShape.AssertPage(page);
            page = await user.SubmitAsync(page, DialogUser.NextOrSubmit(page), Fill(page));
            if ((string?)page["task"]!["type"] == "continue")
            {
                // Every page is a saved draft, as every answer in the chat is.
                await using var db = await bot.Database.CreateContextAsync();
                Assert.Equal("Draft", (await db.Collaborations.SingleAsync()).Status);
            }
        }

        Assert.True(pages >= 4, $"{pages} pages");
        Assert.Equal("message", (string?)page["task"]!["type"]);
        Assert.Contains("Submitted \"Asthma school toolkit\"", (string?)page["task"]!["value"], StringComparison.Ordinal);

        // The assessment and the checklist are in the chat, as after "submit" there.
        var chat = user.Sent();
        Assert.Contains(chat, a => DialogUser.Text(a).Contains("R4 Be transparent and show the benefits", StringComparison.Ordinal));
        Assert.Contains(chat, a => DialogUser.Text(a).Contains("\"Input.Toggle\"", StringComparison.Ordinal));
        await using (var db = await bot.Database.CreateContextAsync())
        {
            var saved = await db.Collaborations.SingleAsync();
            Assert.Equal("Submitted", saved.Status);
            Assert.Equal("Asthma school toolkit", saved.Title);
            Assert.NotEmpty(await db.ChecklistItems.ToListAsync());
        }
    }

    [Fact]
    public async Task Dialog_InvalidValues_ComeBackOnTheSamePageWithTheChatsReasons()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var page = await user.FetchAsync(await user.SayAsync("new"), "Fill in a form");
        var inputs = Fill(page);
        inputs["q:title"] = "A";
        inputs["q:countries"] = "Atlantis";
        var refused = await user.SubmitAsync(page, "Next", inputs);

        DialogShape.AssertPage(refused);
        var body = DialogShape.Body(refused);
        var title = body.FindIndex(e => (string?)e["id"] == "q:title");
        Assert.Equal("A", (string?)body[title]["value"]);
        Assert.Equal("Attention", (string?)body[title + 1]["color"]);
        var countries = body.FindIndex(e => (string?)e["id"] == "q:countries");
        Assert.Contains("Atlantis", (string?)body[countries + 1]["text"], StringComparison.Ordinal);
        Assert.Equal("Breathe Easy UK", (string?)body.Single(e => (string?)e["id"] == "q:partner")["value"]);
        await using (var db = await bot.Database.CreateContextAsync())
        {
            Assert.Empty(await db.Collaborations.ToListAsync());
        }

        // An end before the start is refused by the interview's own rule, as in the chat.
        var second = await user.SubmitAsync(refused, "Next", Fill(refused));
        var dates = Fill(second);
        dates["q:end_date"] = "2027-01-01";
        var before = await user.SubmitAsync(second, "Next", dates);
        Assert.Contains(DialogShape.Body(before), e => ((string?)e["text"] ?? "").Contains("That is before the start date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dialog_ClosedHalfway_TheChatCarriesOnAtTheFirstUnansweredQuestion()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var page = await user.FetchAsync(await user.SayAsync("new"), "Fill in a form");

        // The chat's first question was open: the chat says the form took over (it is not dropped silently).
        Assert.Contains(user.Sent(), a => DialogUser.Text(a).Contains("I closed the question that was open here", StringComparison.Ordinal));
        var second = await user.SubmitAsync(page, "Next", Fill(page));
        var firstOfSecond = DialogShape.Body(second).First(e => ((string?)e["id"] ?? "").StartsWith("q:", StringComparison.Ordinal));
        Assert.Equal("q:partner_country", (string?)firstOfSecond["id"]);

        // The user closes the dialog (Teams tells the bot nothing) and types in the chat.
        var resumed = await user.SayAsync("new");
        Assert.Contains("Carrying on with your draft \"Asthma school toolkit\" (5 answers so far)", DialogUser.Text(resumed[0]), StringComparison.Ordinal);
        Assert.Contains(Pack.Question("partner_country")!.Prompt, DialogUser.Text(resumed[^1]), StringComparison.Ordinal);
        await user.SayAsync("GB");

        // And the form, opened again, starts where the chat stopped.
        var reopened = await user.FetchAsync(resumed, "Fill in a form");
        var first = DialogShape.Body(reopened).First(e => ((string?)e["id"] ?? "").StartsWith("q:", StringComparison.Ordinal));
        Assert.Equal("q:start_date", (string?)first["id"]);
    }

    [Fact]
    public async Task Dialog_Back_ShowsThePreviousPageWithItsSavedAnswers()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var first = await user.FetchAsync(await user.SayAsync("new"), "Fill in a form");
        Assert.DoesNotContain(first["task"]!["value"]!["card"]!["content"]!["actions"]!.AsArray(), a => (string?)a!["title"] == "Back");
        var second = await user.SubmitAsync(first, "Next", Fill(first));
        var back = await user.SubmitAsync(second, "Back", []);

        DialogShape.AssertPage(back);
        Assert.Equal("Asthma school toolkit", (string?)DialogShape.Body(back).Single(e => (string?)e["id"] == "q:title")["value"]);
        Assert.Equal("patient_org", (string?)DialogShape.Body(back).Single(e => (string?)e["id"] == "q:partner_type")["value"]);
    }

    [Fact]
    public async Task Dialog_SideEffectInAnAnswer_IsReportedAsInTheChat()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var page = await user.FetchAsync(await user.SayAsync("new"), "Fill in a form");
        var inputs = Fill(page);
        inputs["q:partner"] = "Breathe Easy UK: no side effects except a rash in one patient";
        var next = await user.SubmitAsync(page, "Next", inputs);

        // The page was saved and the form goes on; the safety notice is in the chat, the report is stored.
        DialogShape.AssertPage(next);
        Assert.NotEmpty(user.Sent());
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Single(await db.SafetyReports.ToListAsync());
    }

    [Fact]
    public async Task Dialog_FromAChannel_IsRefusedWithASentence()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var refused = await user.ExtensionFetchAsync("planCollaboration", inChannel: true);

        Assert.Equal("message", (string?)refused["task"]!["type"]);
        Assert.Contains("1:1 chat", (string?)refused["task"]!["value"], StringComparison.Ordinal);
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Empty(await db.Collaborations.ToListAsync());
    }

    [Fact]
    public async Task MessageExtension_PlanACollaboration_OpensTheSameForm()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var user = new DialogUser(bot, _fake);

        var page = await user.ExtensionFetchAsync("planCollaboration");
        DialogShape.AssertPage(page);
        Assert.Contains(DialogShape.Body(page), e => (string?)e["id"] == "q:title");

        var unknown = await user.ExtensionFetchAsync("somethingElse");
        Assert.Equal("message", (string?)unknown["task"]!["type"]);
    }

    /// <summary>The page's inputs filled from <see cref="AsthmaFormAnswers"/>, the first option, or a sentence.</summary>
    internal static Dictionary<string, string> Fill(JsonNode page)
    {
        var inputs = new Dictionary<string, string>();
        foreach (var input in DialogShape.Body(page).Where(e => ((string?)e["type"] ?? "").StartsWith("Input.", StringComparison.Ordinal)))
        {
            var id = (string)input["id"]!;
            inputs[id] = AsthmaFormAnswers.ById.TryGetValue(id[2..], out var known)
                ? known
                : (string?)input["type"] switch
                {
                    "Input.ChoiceSet" => (string)input["choices"]![0]!["value"]!,
                    "Input.Date" => "2027-07-01",
                    _ => (string?)input["value"] ?? "Three schools in the first year",
                };
        }

        return inputs;
    }
}

/// <summary>Structural checks of a dialog's answer, as Teams reads it (there is no Adaptive Card schema file here).</summary>
internal static class DialogShape
{
    private static readonly HashSet<string> Inputs = ["Input.Text", "Input.Number", "Input.Date", "Input.ChoiceSet", "Input.Toggle"];

    public static List<JsonNode> Body(JsonNode page) => [.. page["task"]!["value"]!["card"]!["content"]!["body"]!.AsArray().Select(e => e!)];

    public static void AssertPage(JsonNode page, string formId = CardIds.InterviewForm)
    {
        var task = page["task"]!;
        Assert.Equal("continue", (string?)task["type"]);
        var value = task["value"]!;
        Assert.False(string.IsNullOrWhiteSpace((string?)value["title"]));
        Assert.Contains((string?)value["height"], new[] { "small", "medium", "large" });
        Assert.Contains((string?)value["width"], new[] { "small", "medium", "large" });
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)value["card"]!["contentType"]);
        var card = value["card"]!["content"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);

        var ids = new HashSet<string>();
        foreach (var element in Body(page))
        {
            var type = (string)element["type"]!;
            Assert.True(type == "TextBlock" || Inputs.Contains(type), type);
            if (type == "TextBlock")
            {
                Assert.False(string.IsNullOrEmpty((string?)element["text"]));
                continue;
            }

            Assert.True(ids.Add((string)element["id"]!), $"input id {(string?)element["id"]} twice");
            Assert.False(string.IsNullOrWhiteSpace((string?)element["label"]));
            if (type == "Input.ChoiceSet")
            {
                Assert.NotEmpty(element["choices"]!.AsArray());
                Assert.All(element["choices"]!.AsArray(), c => Assert.False(string.IsNullOrEmpty((string?)c!["value"])));
            }
        }

        var actions = card["actions"]!.AsArray();
        Assert.NotEmpty(actions);
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Submit", (string?)a!["type"]);
            Assert.Equal(formId, (string?)a["data"]!["action"]);
        });
    }
}

/// <summary>One user in a personal chat with a bot that checks tokens: messages and the dialog's invokes.</summary>
internal sealed class DialogUser(TeamsBotFactory bot, FakeBotFramework fake)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];
    private int _seen;

    public static string Text(JsonNode activity) => TeamsChat.Text(activity);

    public static string NextOrSubmit(JsonNode page) =>
        page["task"]!["value"]!["card"]!["content"]!["actions"]!.AsArray().Select(a => (string)a!["title"]!).Single(t => t is "Next" or "Submit");

    public async Task<List<JsonNode>> SayAsync(string text)
    {
        var activity = Fixtures.Load("personal-message", fake.ServiceUrl, _run);
        activity["text"] = text;
        await PostAsync(activity);
        return Sent();
    }

    /// <summary>The "Fill in a form" button of one of the messages: Action.Submit with msteams task/fetch, sent as an invoke.</summary>
    public async Task<JsonNode> FetchAsync(List<JsonNode> messages, string title)
    {
        var action = messages.Where(m => m["attachments"] is not null)
            .SelectMany(m => m["attachments"]![0]!["content"]!["actions"]?.AsArray() ?? [])
            .Single(a => (string?)a!["title"] == title)!;
        Assert.Equal("task/fetch", (string?)action["data"]!["msteams"]!["type"]);
        return await InvokeAsync("task/fetch", new JsonObject { ["data"] = action["data"]!.DeepClone(), ["context"] = new JsonObject { ["theme"] = "default" } });
    }

    /// <summary>A button of the dialog's card: its data and (unless it sends none) the inputs, as task/submit.</summary>
    public Task<JsonNode> SubmitAsync(JsonNode page, string title, Dictionary<string, string> inputs)
    {
        var action = page["task"]!["value"]!["card"]!["content"]!["actions"]!.AsArray().Single(a => (string?)a!["title"] == title)!;
        var data = action["data"]!.DeepClone().AsObject();
        if ((string?)action["associatedInputs"] != "none")
        {
            foreach (var (key, value) in inputs)
            {
                data[key] = value;
            }
        }

        return InvokeAsync("task/submit", new JsonObject { ["data"] = data, ["context"] = new JsonObject { ["theme"] = "default" } });
    }

    public Task<JsonNode> ExtensionFetchAsync(string commandId, bool inChannel = false) =>
        InvokeAsync("composeExtension/fetchTask", new JsonObject { ["commandId"] = commandId, ["commandContext"] = "compose", ["context"] = new JsonObject { ["theme"] = "default" } }, inChannel);

    public List<JsonNode> Sent()
    {
        var requests = fake.ConnectorRequests;
        var fresh = requests.Skip(_seen).Where(r => r.Method == "POST").Select(r => (JsonNode)r.Json).ToList();
        _seen = requests.Count;
        return fresh;
    }

    private async Task<JsonNode> InvokeAsync(string name, JsonObject value, bool inChannel = false)
    {
        var activity = Fixtures.Load("action-execute-invoke", fake.ServiceUrl, _run);
        if (inChannel)
        {
            activity["conversation"]!["conversationType"] = "channel";
            activity["conversation"]!["isGroup"] = true;
        }

        activity["name"] = name;
        activity["value"] = value;
        var response = await PostAsync(activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var response = await bot.PostActivityAsync(activity.ToJsonString(), fake.Keys.Token(TeamsBotFactory.AppId, fake.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
