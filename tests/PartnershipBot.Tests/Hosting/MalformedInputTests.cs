using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Hosting;

/// <summary>
/// A corpus of broken requests at every endpoint a channel posts to: each is answered 4xx (a request that is
/// well formed but not for the bot, such as an unknown activity or event type, may be a quiet 2xx), never 5xx,
/// and afterwards the process is healthy and still answers a good request.
/// </summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private FakeBotFramework _teams = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeBotFramework.StartAsync();
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        await _slack.DisposeAsync();
    }

    public sealed record Case(string Name, string Body, string ContentType = "application/json", bool MayBeIgnored = false)
    {
        /// <summary>Sent instead of <see cref="Body"/> (bytes that are not UTF-8).</summary>
        public byte[]? Bytes { get; init; }

        public override string ToString() => Name;
    }

    private static string Nested(int depth, string open = "[", string close = "]") =>
        string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));

    private static string NestedObject(int depth) =>
        string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    // Shapes that break parsers in general, at every endpoint.
    private static IEnumerable<Case> Generic() =>
    [
        new("empty", ""),
        new("whitespace", "   \n\t"),
        new("null", "null"),
        new("number", "42"),
        new("string", "\"message\""),
        new("array", "[]"),
        new("truncated", "{\"type\":\"message\",\"text\":\"hel"),
        new("not json", "<xml>hello</xml>"),
        new("deeply nested array", Nested(5000)),
        new("deeply nested object", NestedObject(5000)),
        new("latin-1 key", Encoding.Latin1.GetString([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), MayBeIgnored: true),
        new("lone surrogate escape", "{\"type\":\"\\ud800\",\"text\":\"\\udc00\"}", MayBeIgnored: true),
        new("nul and bidi", "{\"type\":\"message\u0000\",\"text\":\"\u202e\u0000\"}"),
        new("form garbage", "%zz=%%&&==&payload=%7B", "application/x-www-form-urlencoded"),
        new("text/plain", "{\"type\":\"message\"}", "text/plain"),
        new("xml content type", "<activity/>", "application/xml"),
    ];

    private static JsonObject TeamsMessage(string serviceUrl) => Fixtures.Load("personal-message", serviceUrl);

    private IEnumerable<Case> TeamsCases()
    {
        var url = _teams.ServiceUrl;
        JsonObject With(Action<JsonObject> change)
        {
            var activity = TeamsMessage(url);
            change(activity);
            return activity;
        }

        return Generic().Concat(
        [
            new("type is a number", With(a => a["type"] = 5).ToJsonString()),
            new("from is a string", With(a => a["from"] = "someone").ToJsonString()),
            new("conversation is an array", With(a => a["conversation"] = new JsonArray()).ToJsonString()),
            new("entities is an object", With(a => a["entities"] = new JsonObject()).ToJsonString()),
            new("entity mentioned is a number", With(a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = 3 })).ToJsonString()),
            new("timestamp not a date", With(a => a["timestamp"] = "yesterday").ToJsonString()),
            new("isGroup is a string", With(a => a["conversation"]!["isGroup"] = "yes").ToJsonString()),
            new("no from", With(a => a.Remove("from")).ToJsonString()),
            new("no conversation id", With(a => a["conversation"]!.AsObject().Remove("id")).ToJsonString()),
            new("serviceUrl not a url", With(a => a["serviceUrl"] = "not a url").ToJsonString()),
            new("serviceUrl file scheme", With(a => a["serviceUrl"] = "file:///etc/passwd").ToJsonString()),
            new("text is an object", With(a => a["text"] = new JsonObject()).ToJsonString()),
            new("value is a string", With(a => a["value"] = "x").ToJsonString(), MayBeIgnored: true),
            new("value is deeply nested", With(a => a["value"] = JsonNode.Parse(NestedObject(60))).ToJsonString(), MayBeIgnored: true),
            new("huge text", With(a => a["text"] = new string('x', 600_000)).ToJsonString()),
            new("activity as text/plain", TeamsMessage(url).ToJsonString(), "text/plain"),
            new("activity without content type", TeamsMessage(url).ToJsonString(), ""),
            new("invalid utf-8", "") { Bytes = [.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 0xff, 0xfe, 0xc3, .. Encoding.UTF8.GetBytes("\"}")] },
            new("unicode edge text", With(a => a["text"] = "\u202eenil\u200b\ufeff\ud83d\ude00 \u0000 <at>x</at>").ToJsonString(), MayBeIgnored: true),
            new("unknown activity type", With(a => a["type"] = "somethingNew").ToJsonString(), MayBeIgnored: true),
            new("typing", With(a => a["type"] = "typing").ToJsonString(), MayBeIgnored: true),
            new("invoke without value", With(a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; }).ToJsonString()),
            new("invoke value is an array", With(a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = new JsonArray(); }).ToJsonString()),
            new("invoke action is a string", With(a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = new JsonObject { ["action"] = "x" }; }).ToJsonString()),
            new("conversationUpdate membersAdded is an object", With(a => { a["type"] = "conversationUpdate"; a["membersAdded"] = new JsonObject(); }).ToJsonString()),
            new("conversationUpdate member without id", With(a => { a["type"] = "conversationUpdate"; a["membersAdded"] = new JsonArray(new JsonObject()); }).ToJsonString(), MayBeIgnored: true),
        ]);
    }

    private IEnumerable<Case> SlackCommandCases() => Generic().Concat(
    [
        new("no fields", "a=b", "application/x-www-form-urlencoded"),
        new("no response_url", "team_id=T0TEAM001&user_id=U0USER001&command=%2Fpartnership&text=help", "application/x-www-form-urlencoded"),
        new("response_url not a url", "team_id=T0TEAM001&user_id=U0USER001&text=help&response_url=%%%", "application/x-www-form-urlencoded"),
        new("response_url javascript", "team_id=T0TEAM001&user_id=U0USER001&text=help&response_url=javascript%3Aalert(1)", "application/x-www-form-urlencoded"),
        new("repeated fields", "team_id=T1&team_id=T2&user_id=U1&user_id=U2&text=a&text=b&response_url=x", "application/x-www-form-urlencoded"),
        new("huge text", "team_id=T0TEAM001&user_id=U0USER001&text=" + new string('x', 200_000), "application/x-www-form-urlencoded"),
        new("json instead of form", "{\"team_id\":\"T0TEAM001\"}"),
    ]);

    private static string Envelope(JsonNode? ev, string type = "event_callback") => new JsonObject
    {
        ["type"] = type, ["team_id"] = "T0TEAM001", ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"), ["event"] = ev,
    }.ToJsonString();

    private static IEnumerable<Case> SlackEventCases() => Generic().Concat(
    [
        new("type is a number", "{\"type\":5}", MayBeIgnored: true),
        new("url_verification challenge is an object", "{\"type\":\"url_verification\",\"challenge\":{}}"),
        new("event is an array", Envelope(new JsonArray())),
        new("event is a string", Envelope("message")),
        new("event without fields", Envelope(new JsonObject()), MayBeIgnored: true),
        new("event fields of wrong types", Envelope(new JsonObject { ["type"] = 1, ["channel"] = new JsonArray(), ["user"] = new JsonObject(), ["text"] = 2 }), MayBeIgnored: true),
        new("message with wrong types", Envelope(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = 1, ["user"] = true, ["text"] = new JsonObject() }), MayBeIgnored: true),
        new("mention with nested text", Envelope(new JsonObject { ["type"] = "app_mention", ["channel"] = "C1", ["user"] = "U1", ["text"] = JsonNode.Parse(NestedObject(60)), ["ts"] = 1 }), MayBeIgnored: true),
        new("unicode edge text", Envelope(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0DM00001", ["user"] = "U0USER001", ["text"] = "\u202e\u0000&lt;!channel&gt;\ud83d", ["ts"] = "1.2" }), MayBeIgnored: true),
        new("unknown envelope type", "{\"type\":\"app_rate_limited\"}", MayBeIgnored: true),
        new("form instead of json", "type=event_callback", "application/x-www-form-urlencoded"),
    ]);

    private static string Payload(JsonNode payload) => "payload=" + WebUtility.UrlEncode(payload.ToJsonString());

    private static IEnumerable<Case> SlackInteractionCases() => Generic().Concat(
    [
        new("payload missing", "other=1", "application/x-www-form-urlencoded"),
        new("payload not json", "payload=%7Bnot", "application/x-www-form-urlencoded"),
        new("payload is an array", Payload(new JsonArray()), "application/x-www-form-urlencoded"),
        new("payload deeply nested", "payload=" + WebUtility.UrlEncode(Nested(5000)), "application/x-www-form-urlencoded"),
        new("team is a string", Payload(new JsonObject { ["type"] = "block_actions", ["team"] = "T0TEAM001", ["user"] = "U0USER001", ["actions"] = new JsonArray() }), "application/x-www-form-urlencoded"),
        new("user is a number", Payload(new JsonObject { ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = "T0TEAM001" }, ["user"] = 7, ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "x" }) }), "application/x-www-form-urlencoded"),
        new("actions is an object", Payload(new JsonObject { ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = "T0TEAM001" }, ["user"] = new JsonObject { ["id"] = "U0USER001" }, ["actions"] = new JsonObject() }), "application/x-www-form-urlencoded"),
        new("action fields of wrong types", Payload(new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = "T0TEAM001" }, ["user"] = new JsonObject { ["id"] = "U0USER001" },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "answer", ["value"] = new JsonArray(), ["selected_options"] = "x", ["selected_date"] = 5 }),
            ["state"] = "x", ["message"] = "x", ["container"] = 3, ["channel"] = "D0DM00001", ["response_url"] = 4,
        }), "application/x-www-form-urlencoded", MayBeIgnored: true),
        new("state values of wrong types", Payload(new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = "T0TEAM001" }, ["user"] = new JsonObject { ["id"] = "U0USER001" },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "answer", ["value"] = "{\"answer\":\"x\"}" }),
            ["state"] = new JsonObject { ["values"] = new JsonObject { ["b"] = "x", ["c"] = new JsonObject { ["d"] = 1, ["e"] = new JsonObject { ["selected_option"] = "s", ["selected_options"] = new JsonObject() } } } },
            ["message"] = new JsonObject { ["blocks"] = new JsonArray(1, "x", new JsonObject { ["elements"] = "y" }) },
            ["channel"] = new JsonObject { ["id"] = "D0DM00001" },
        }), "application/x-www-form-urlencoded", MayBeIgnored: true),
        new("unknown interaction type", Payload(new JsonObject { ["type"] = "view_submission" }), "application/x-www-form-urlencoded", MayBeIgnored: true),
    ]);

    [Fact]
    public async Task TeamsMessages_MalformedCorpus_Answers4xxAndStaysHealthy()
    {
        await using var bot = new TeamsBotFactory(_teams);
        var failures = new List<string>();
        foreach (var c in TeamsCases())
        {
            using var response = await PostAsync(bot.CreateClient(), "/api/messages", c, sign: null);
            Check(c, response, failures);
        }

        Assert.Empty(failures);
        await AssertHealthyAsync(bot.CreateClient());
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(TeamsMessage(_teams.ServiceUrl).ToJsonString())).StatusCode);
    }

    [Theory]
    [InlineData(SlackServices.CommandsPath)]
    [InlineData(SlackServices.EventsPath)]
    [InlineData(SlackServices.InteractionsPath)]
    public async Task SlackEndpoints_MalformedCorpus_Answers4xxAndStaysHealthy(string path)
    {
        await using var bot = new SlackBotFactory(_slack);
        var cases = path switch
        {
            SlackServices.CommandsPath => SlackCommandCases(),
            SlackServices.EventsPath => SlackEventCases(),
            _ => SlackInteractionCases(),
        };
        var failures = new List<string>();
        foreach (var c in cases)
        {
            // Signed, so the corpus reaches the parsers behind the signature check; and unsigned, which must be 401.
            using var signed = await bot.PostSignedAsync(path, c.Body, c.ContentType);
            Check(c, signed, failures);
            using var unsigned = await PostAsync(bot.CreateClient(), path, c, sign: null);
            if (unsigned.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType))
            {
                failures.Add($"{c.Name} (unsigned): {(int)unsigned.StatusCode}");
            }
        }

        Assert.Empty(failures);
        await AssertHealthyAsync(bot.CreateClient());
        using var good = await bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("help", _slack.ResponseUrl("ok")));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    private static void Check(Case c, HttpResponseMessage response, List<string> failures)
    {
        var status = (int)response.StatusCode;
        // An adaptiveCard/action invoke is answered HTTP 200 with its status inside the invoke response.
        if (status == 200 && response.Content.Headers.ContentType?.MediaType == "application/json"
            && JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()) is JsonObject { } body && body["statusCode"] is JsonValue inner)
        {
            status = inner.GetValue<int>();
        }

        var ok = status is >= 400 and < 500 || (c.MayBeIgnored && status is >= 200 and < 300);
        if (!ok)
        {
            failures.Add($"{c.Name}: {status}");
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Case c, string? sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = c.Bytes is null ? new StringContent(c.Body, Encoding.UTF8) : new ByteArrayContent(c.Bytes) };
        request.Content.Headers.ContentType = c.ContentType.Length == 0 ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(c.ContentType);
        _ = sign;
        return await client.SendAsync(request);
    }

    private static async Task AssertHealthyAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }
}
