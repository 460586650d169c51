using System.Net;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Conversations through /api/messages with replies captured by the loopback connector. Clicks are made the way
/// Teams makes them: from the card the bot sent, taking the button's data and merging the card's inputs.
/// </summary>
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Transcript_PromptsAndChecklistCards_RoundTripAsUserActions()
    {
        // A stand-in dialog shaped like the review: choice -> date -> checklist -> save in place.
        var card = (bool done) => new Card
        {
            Key = "checklist:7",
            Title = $"Checklist",
            Checklist = [new("agreement", "Written agreement", done), new("disclosure", "Amount published", false)],
            Actions = [new(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { ["collaboration"] = "7" })],
        };
        await using var bot = new TeamsBotFactory(_fake)
        {
            Script = turn => (turn.Text, turn.Action?.Id, turn.Action?[CardIds.Answer]) switch
            {
                ("new", null, _) => [new ChoicesReply("Who is the partner?", [new("po", "Patient organisation"), new("hum", "Humanitarian partner")])],
                (_, CardIds.Answer, "hum") => [new DatePromptReply("When does it start?", new DateOnly(2026, 3, 1))],
                (_, CardIds.Answer, "2026-04-15") => [new TextReply($"Here is your checklist."), new CardReply(card(false))],
                (_, CardIds.ChecklistSave, _) => [new CardReply(card(turn.Action["item:agreement"] == "true"), ReplacesOriginal: true)],
                _ => [new TextReply($"Sorry?")],
            },
        };
        var chat = new TeamsChat(bot, _fake);

        var prompt = await chat.SayAsync("new");
        var date = await chat.ClickAsync(prompt.Single(), "Humanitarian partner");
        var checklist = await chat.ClickAsync(date.Single(), "Submit", new() { [CardIds.Answer] = "2026-04-15" });
        Assert.Equal("Here is your checklist.", (string?)checklist[0]["text"]);
        var refreshed = await chat.ExecuteAsync(checklist[1], "Save", new() { ["item:agreement"] = "true", ["item:disclosure"] = "false" });

        var turns = bot.Turns.ToList();
        Assert.Equal(4, turns.Count);
        Assert.Equal("hum", turns[1].Action![CardIds.Answer]);
        Assert.Equal("2026-04-15", turns[2].Action![CardIds.Answer]);
        Assert.Equal(CardIds.ChecklistSave, turns[3].Action!.Id);
        Assert.Equal("7", turns[3].Action!["collaboration"]);
        Assert.Equal("true", turns[3].Action!["item:agreement"]);
        Assert.Equal("true", (string?)refreshed["body"]![1]!["value"]);
        Assert.All(turns, t => Assert.Equal(turns[0].Conversation, t.Conversation));
    }

    [Fact]
    public async Task Transcript_WithTheBotsDialogs_EveryTurnIsAnswered()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);

        var welcome = await chat.InstallAsync();
        var help = await chat.SayAsync("help");
        var start = await chat.SayAsync("new");

        Assert.NotEmpty(welcome);
        Assert.NotEmpty(help);
        Assert.NotEmpty(start);
        Assert.All(welcome.Concat(help).Concat(start), a => Assert.Equal("message", (string?)a["type"]));
        Assert.Equal(3, bot.Turns.Count);
    }

    [Fact]
    public async Task Message_TurnStillRunningAfterTheTypingDelay_TypingGoesBeforeTheReplies()
    {
        // A delay of zero: every turn outlasts it, so the indicator always goes, and always first.
        await using var bot = new TeamsBotFactory(_fake) { Settings = new Dictionary<string, string?> { ["Teams:TypingDelay"] = "00:00:00" } };
        var chat = new TeamsChat(bot, _fake);

        var replies = await chat.SayAsync("help");

        var posted = _fake.Requests.Where(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal)).ToList();
        Assert.True(FakeBotFramework.IsTyping(posted[0]), posted[0].Body);
        Assert.Single(posted, FakeBotFramework.IsTyping);
        Assert.EndsWith("/activities", posted[0].Path, StringComparison.Ordinal);
        Assert.Equal((string?)replies[0]["recipient"]!["id"], (string?)posted[0].Json["recipient"]!["id"]);
        Assert.Contains("Here is what you can type", TeamsChat.Text(replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_TurnDoneBeforeTheTypingDelay_NoTyping()
    {
        await using var bot = new TeamsBotFactory(_fake) { Settings = new Dictionary<string, string?> { ["Teams:TypingDelay"] = "00:10:00" } };
        var chat = new TeamsChat(bot, _fake);

        Assert.NotEmpty(await chat.SayAsync("help"));
        Assert.DoesNotContain(_fake.Requests, FakeBotFramework.IsTyping);
    }
}

/// <summary>One user in one personal chat, speaking through fixtures and reading what reached the connector.</summary>
internal sealed class TeamsChat(TeamsBotFactory bot, FakeBotFramework fake)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];
    private int _seen;

    public async Task<List<JsonNode>> InstallAsync()
    {
        await PostAsync(Fixtures.Load("conversation-update-install", fake.ServiceUrl, _run));
        return Sent();
    }

    /// <summary>The Teams client's locale sent on each message (the fixture's when null).</summary>
    public string? Locale { get; set; }

    public async Task<List<JsonNode>> SayAsync(string text)
    {
        var activity = Fixtures.Load("personal-message", fake.ServiceUrl, _run);
        activity["text"] = text;
        if (Locale is not null)
        {
            activity["locale"] = Locale;
        }

        await PostAsync(activity);
        return Sent();
    }

    /// <summary>Action.Submit: Teams sends the button's data merged with the card's inputs as message.value.</summary>
    public async Task<List<JsonNode>> ClickAsync(JsonNode message, string title, Dictionary<string, string>? inputs = null)
    {
        var action = FindAction(message, title);
        var activity = Fixtures.Load("action-submit", fake.ServiceUrl, _run);
        activity["replyToId"] = (string)message["_id"]!;
        activity["value"] = Merge(action["data"]!, inputs);
        await PostAsync(activity);
        return Sent();
    }

    /// <summary>A message's text, or its card's JSON.</summary>
    public static string Text(JsonNode activity) => (string?)activity["text"] ?? activity["attachments"]?[0]?["content"]?.ToJsonString() ?? "";

    /// <summary>
    /// `new` and the domestic asthma review up to the owner question (the work and the partner in GB), with cards
    /// clicked where the bot shows them; returns the owner question's card.
    /// </summary>
    public async Task<JsonNode> ReviewUpToOwnerAsync()
    {
        var reply = await SayAsync("new");
        Assert.Contains("What is the collaboration called?", Text(reply[^1]), StringComparison.Ordinal);
        await SayAsync("Asthma school toolkit");
        var partnerType = (await SayAsync("Breathe Easy UK")).Single();
        var scope = (await ClickAsync(partnerType, "Submit", new() { [CardIds.Answer] = "patient_org" })).Single();
        await ClickAsync(scope, "Domestic");
        await SayAsync("GB");
        var start = (await SayAsync("GB")).Single();
        var end = await ClickAsync(start, "Submit", new() { [CardIds.Answer] = "2027-05-01" });
        Assert.Contains("Saturday 1 May 2027", Text(end[0]), StringComparison.Ordinal);
        return (await ClickAsync(end[^1], "Submit", new() { [CardIds.Answer] = "2028-04-30" }))[^1];
    }

    /// <summary>Picks a question card's first option: its first button, or the first entry of its choice list and Submit.</summary>
    public Task<List<JsonNode>> PickFirstOptionAsync(JsonNode message)
    {
        var content = message["attachments"]![0]!["content"]!;
        var list = content["body"]!.AsArray().FirstOrDefault(e => (string?)e!["type"] == "Input.ChoiceSet");
        return list is null
            ? ClickAsync(message, (string)content["actions"]![0]!["title"]!)
            : ClickAsync(message, "Submit", new() { [(string)list["id"]!] = (string)list["choices"]![0]!["value"]! });
    }

    /// <summary>Action.Execute: an adaptiveCard/action invoke; the refreshed card comes back in the HTTP answer.</summary>
    public async Task<JsonNode> ExecuteAsync(JsonNode message, string title, Dictionary<string, string> inputs)
    {
        var action = FindAction(message, title);
        Assert.Equal("Action.Execute", (string?)action["type"]);
        var activity = Fixtures.Load("action-execute-invoke", fake.ServiceUrl, _run);
        activity["replyToId"] = (string)message["_id"]!;
        activity["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)action["verb"], ["data"] = Merge(action["data"]!, inputs) };
        var response = await PostAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var response = await bot.PostActivityAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>The cards this turn updated in place (PUT to the activity a click came from), by activity id.</summary>
    public List<(string ActivityId, JsonNode Activity)> Updated { get; } = [];

    // Replies are sent before the HTTP answer returns, so everything new at the connector belongs to this turn.
    // New messages come back; in-place updates of the clicked card are kept in Updated.
    public List<JsonNode> Sent()
    {
        var requests = fake.ConnectorRequests;
        Updated.Clear();
        var fresh = new List<JsonNode>();
        foreach (var (r, i) in requests.Skip(_seen).Select((r, i) => (r, i)))
        {
            var json = r.Json;
            if (r.Method == "PUT")
            {
                Updated.Add((r.Path[(r.Path.LastIndexOf('/') + 1)..], json));
                continue;
            }

            json["_id"] = $"activity-{_seen + i + 1}";
            fresh.Add(json);
        }

        _seen = requests.Count;
        return fresh;
    }

    private static JsonNode FindAction(JsonNode message, string title) =>
        message["attachments"]![0]!["content"]!["actions"]!.AsArray().Single(a => (string?)a!["title"] == title)!;

    private static JsonObject Merge(JsonNode data, Dictionary<string, string>? inputs)
    {
        var merged = data.DeepClone().AsObject();
        foreach (var (key, value) in inputs ?? [])
        {
            merged[key] = value;
        }

        return merged;
    }
}
