using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// Socket Mode against a local WebSocket server that speaks Slack's envelope protocol, with the HTTP endpoints on at
/// the same time: a DM, a slash command and a click get the same answers either way; an envelope is acknowledged only
/// once its inbox row exists; refreshes, drops and bad messages lose nothing and never stop the loop.
/// </summary>
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-A0APP0001-1234-abcdef";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly List<(string Envelope, bool RowExisted)> _acks = [];
    private FakeSlackApi _slack = null!;
    private FakeSocketModeServer _socket = null!;
    private SlackBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _socket = await FakeSocketModeServer.StartAsync();
        _slack.SocketUrl = _socket.NewUrl;
        // Looks at the database the moment an ack arrives: the row must already be there.
        _socket.OnAck = async envelope =>
        {
            var type = _socket.TypeOf(envelope);
            if (type is not ("events_api" or "slash_commands" or "interactive"))
            {
                return;
            }

            var key = SocketPayloads.InboxKey(type, _socket.PayloadOf(envelope));
            using var db = await _bot.Database.CreateContextAsync();
            var existed = await db.Inbox.AnyAsync(r => r.DedupKey == key);
            lock (_acks)
            {
                _acks.Add((envelope, existed));
            }
        };
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _socket.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SlackBotFactory Start(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SocketMode"] = "true",
            ["Slack:AppToken"] = AppToken,
            ["Slack:ChannelMessageInterval"] = "00:00:00.001",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        _bot = new SlackBotFactory(_slack, settings: settings);
        _ = _bot.Services;
        return _bot;
    }

    private string NextEvent() => $"EvS{Interlocked.Increment(ref _event):D3}{_run}";

    private Task<RecordedCall> PostedToAsync(string channel, Func<RecordedCall, bool>? match = null) =>
        _slack.WaitForAsync(c => c.Kind == "api" && c.Method == "chat.postMessage" && c["channel"] == channel && (match?.Invoke(c) ?? true), TimeSpan.FromSeconds(20));

    private void AssertEveryAckCameAfterItsRow()
    {
        lock (_acks)
        {
            Assert.NotEmpty(_acks);
            Assert.All(_acks, a => Assert.True(a.RowExisted, $"envelope {a.Envelope} was acknowledged before its inbox row existed"));
        }
    }

    [Fact]
    public async Task DirectMessage_OverSocketAndOverHttp_SameReplyAndAckedOnlyOnceStored()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);

        var envelope = await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), "U0SOCK001", "D0SOCK001", "help"));
        using var http = await _bot.PostSignedAsync(SlackServices.EventsPath,
            SocketPayloads.DirectMessage(NextEvent(), "U0HTTP001", "D0HTTP001", "help").ToJsonString(), "application/json");

        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
        var ack = await _socket.WaitForAckAsync(envelope);
        Assert.Null(ack["payload"]);
        var overSocket = await PostedToAsync("D0SOCK001");
        var overHttp = await PostedToAsync("D0HTTP001");
        Assert.Equal(overHttp["text"], overSocket["text"]);
        Assert.Equal(overHttp.Body["blocks"]!.ToJsonString(), overSocket.Body["blocks"]!.ToJsonString());
        Assert.Equal("Bearer " + AppToken, _slack.Api("apps.connections.open").Single().Authorization);
        Assert.Equal("Bearer xoxb-test-token", overSocket.Authorization);
        AssertEveryAckCameAfterItsRow();
    }

    [Fact]
    public async Task SlashCommand_OverSocket_AckCarriesTheSameImmediateReplyAsHttpAndTheAnswerFollows()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);

        var envelope = await _socket.SendAsync("slash_commands", SocketPayloads.Command("list", _slack.ResponseUrl("r-sock"), "U0SOCK002"), acceptsResponsePayload: true);
        using var http = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("list", _slack.ResponseUrl("r-http"), user: "U0HTTP002"));

        var ack = await _socket.WaitForAckAsync(envelope);
        Assert.Equal(JsonNode.Parse(await http.Content.ReadAsStringAsync())!.ToJsonString(), ack["payload"]!.ToJsonString());
        Assert.Equal("ephemeral", (string?)ack["payload"]!["response_type"]);
        var overSocket = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-sock");
        var overHttp = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-http");
        Assert.Equal(overHttp["text"], overSocket["text"]);
        AssertEveryAckCameAfterItsRow();

        // Answered at once without the inbox: the help text is the acknowledgement's payload.
        var help = await _socket.SendAsync("slash_commands", SocketPayloads.Command("help", _slack.ResponseUrl("r-help"), "U0SOCK002"), acceptsResponsePayload: true);
        Assert.Contains("/partnership new", (string?)(await _socket.WaitForAckAsync(help))["payload"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_OverSocket_SameWorkspaceAllowListAndPerUserLimitAsHttp()
    {
        Start(new() { ["Slack:AllowedTeamIds:0"] = SlackBotFactory.Team, ["Slack:UserRequestsPerMinute"] = "1" });
        await _socket.WaitForConnectionsAsync(1);
        var otherTeam = SocketPayloads.Command("list", _slack.ResponseUrl("r-other"), "U0OTHER01");
        otherTeam["team_id"] = "T0OTHER01";

        var refused = await _socket.SendAsync("slash_commands", otherTeam, acceptsResponsePayload: true);
        var first = await _socket.SendAsync("slash_commands", SocketPayloads.Command("list", _slack.ResponseUrl("r-l1"), "U0LIMIT01"), acceptsResponsePayload: true);
        var second = await _socket.SendAsync("slash_commands", SocketPayloads.Command("list", _slack.ResponseUrl("r-l2"), "U0LIMIT01"), acceptsResponsePayload: true);

        Assert.Contains("not available in this workspace", (string?)(await _socket.WaitForAckAsync(refused))["payload"]!["text"], StringComparison.Ordinal);
        Assert.Equal("On it…", (string?)(await _socket.WaitForAckAsync(first))["payload"]!["text"]);
        Assert.Equal(SlackCommandEndpoint.TooFast, (string?)(await _socket.WaitForAckAsync(second))["payload"]!["text"]);
        await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-l1");
        using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal(1, await db.Inbox.CountAsync());
    }

    [Fact]
    public async Task ButtonClick_OverSocketAndOverHttp_SameNextQuestion()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);
        var viaSocket = await InterviewToFirstButtonAsync("U0SOCK003", "D0SOCK003", (user, channel, text) =>
            _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), user, channel, text)));
        var viaHttp = await InterviewToFirstButtonAsync("U0HTTP003", "D0HTTP003", async (user, channel, text) =>
        {
            using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SocketPayloads.DirectMessage(NextEvent(), user, channel, text).ToJsonString(), "application/json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        var title = SocketPayloads.FirstButtonTitle(viaSocket);
        Assert.Equal(title, SocketPayloads.FirstButtonTitle(viaHttp));
        var socketPosts = _slack.Api("chat.postMessage").Count(c => c["channel"] == "D0SOCK003");
        var httpPosts = _slack.Api("chat.postMessage").Count(c => c["channel"] == "D0HTTP003");

        var click = await _socket.SendAsync("interactive", SocketPayloads.Click("U0SOCK003", "D0SOCK003", SlackPayloads.Button(viaSocket, title), _slack.ResponseUrl("r-c1")));
        using var http = await _bot.PostSignedAsync(SlackServices.InteractionsPath,
            "payload=" + WebUtility.UrlEncode(SocketPayloads.Click("U0HTTP003", "D0HTTP003", SlackPayloads.Button(viaHttp, title), _slack.ResponseUrl("r-c2")).ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
        Assert.Null((await _socket.WaitForAckAsync(click))["payload"]);
        var nextSocket = await NextPostAsync("D0SOCK003", socketPosts);
        var nextHttp = await NextPostAsync("D0HTTP003", httpPosts);
        Assert.Equal(nextHttp["text"], nextSocket["text"]);
        Assert.NotEqual(viaSocket["text"], nextSocket["text"]);
        AssertEveryAckCameAfterItsRow();
    }

    private async Task<RecordedCall> NextPostAsync(string channel, int before)
    {
        await _slack.WaitForAsync(_ => _slack.Api("chat.postMessage").Count(c => c["channel"] == channel) > before, TimeSpan.FromSeconds(20));
        return _slack.Api("chat.postMessage").Where(c => c["channel"] == channel).ElementAt(before);
    }

    /// <summary>"new", a title, a partner: the next question (the partner's type) is the first with buttons.</summary>
    private async Task<RecordedCall> InterviewToFirstButtonAsync(string user, string channel, Func<string, string, string, Task> send)
    {
        foreach (var text in new[] { "new", "Title " + user, "Partner " + user })
        {
            await send(user, channel, text);
            await _bot.Turns.WaitForAsync(t => t.Text == text && t.Conversation.Key.EndsWith(channel, StringComparison.Ordinal));
        }

        // The question's buttons, not those of the offer to fill in a form that "new" posts first.
        return await _slack.WaitForAsync(c => c.Kind == "api" && c.Method == "chat.postMessage" && c["channel"] == channel
            && c.Body["blocks"]!.AsArray().Any(b => b!["elements"] is JsonArray e && e.Any(x => (string?)x!["type"] == "button"
                && !((string?)x["action_id"] ?? "").StartsWith(PartnershipBot.Dialogs.CardIds.InterviewForm, StringComparison.Ordinal))), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Disconnect_RefreshRequested_NewConnectionOpensBeforeTheOldClosesAndNothingIsLost()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);
        var sent = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            sent.Add(await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), $"U0REF00{i}", $"D0REF00{i}", "help")));
        }

        await _socket.DisconnectAsync("refresh_requested");
        for (var i = 4; i <= 6; i++)
        {
            sent.Add(await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), $"U0REF00{i}", $"D0REF00{i}", "help")));
        }

        await _socket.WaitForConnectionsAsync(2);
        await _socket.WaitUntilAsync(() => _socket.OpenConnections == 1);
        foreach (var envelope in sent)
        {
            await _socket.WaitForAckAsync(envelope);
        }

        for (var i = 1; i <= 6; i++)
        {
            await PostedToAsync($"D0REF00{i}");
        }

        Assert.Equal(2, _socket.UrlsIssued);
        Assert.Equal(2, _socket.MaxOpenAtOnce);
        Assert.Equal(6, _bot.Turns.Turns.Count);
        Assert.Equal(6, _slack.Api("chat.postMessage").Count);
        AssertEveryAckCameAfterItsRow();
    }

    [Fact]
    public async Task DroppedSocket_AckLostWithIt_ReconnectsAndTheResentEnvelopeRunsOnce()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);
        var eventId = NextEvent();
        var payload = SocketPayloads.DirectMessage(eventId, "U0DROP001", "D0DROP001", "help");

        // The socket dies as the ack is on its way: Slack never saw it and sends the envelope again.
        _socket.DropOnNextAck = true;
        var id = await _socket.SendAsync("events_api", payload);
        await _socket.WaitForAckAsync(id);
        var after = await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), "U0DROP002", "D0DROP002", "help"));
        await _socket.WaitForAckAsync(after);
        await PostedToAsync("D0DROP002");

        Assert.True(_socket.ConnectionsAccepted >= 2);
        Assert.Equal(2, _socket.Deliveries(id));
        Assert.Single(_bot.Turns.Turns, t => t.Id.EndsWith(eventId, StringComparison.Ordinal));
        Assert.Single(_slack.Api("chat.postMessage"), c => c["channel"] == "D0DROP001");
    }

    [Fact]
    public async Task InboxFull_EnvelopeNotAcknowledged_ResentAfterAReconnectAndAnsweredOnce()
    {
        Start(new() { ["Slack:QueueCapacity"] = "1" });
        await _socket.WaitForConnectionsAsync(1);
        _slack.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), "U0FULL001", "D0FULL001", "help"));
        await _socket.WaitForAckAsync(first);
        await _slack.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var secondEvent = NextEvent();
        var second = await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(secondEvent, "U0FULL002", "D0FULL002", "help"));
        await Eventually.TrueAsync(() => Task.FromResult(_bot.Logs.Lines.Any(l => l.EventId == 6108)));

        Assert.Null(_socket.AckOf(second));
        _slack.Hold.TrySetResult();
        _slack.Hold = null;
        await PostedToAsync("D0FULL001");
        await _socket.DisconnectAsync("refresh_requested");
        await _socket.WaitForAckAsync(second);
        await PostedToAsync("D0FULL002");

        Assert.Equal(2, _socket.Deliveries(second));
        Assert.Single(_bot.Turns.Turns, t => t.Id.EndsWith(secondEvent, StringComparison.Ordinal));
        AssertEveryAckCameAfterItsRow();
    }

    [Fact]
    public async Task BadMessages_LoggedWithoutTheirContentAndTheLoopCarriesOn()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);

        await _socket.SendRawAsync("{ this is not json SECRET-TEXT");
        await _socket.SendRawAsync(new JsonObject { ["envelope_id"] = "env-unknown", ["type"] = "something_new", ["payload"] = new JsonObject { ["x"] = "SECRET-TEXT" } }.ToJsonString());
        await _socket.SendRawAsync(new JsonObject { ["type"] = "events_api", ["envelope_id"] = "env-huge", ["payload"] = new JsonObject { ["text"] = new string('x', 200_000) + "SECRET-TEXT" } }.ToJsonString());
        var broken = await _socket.SendAsync("events_api", new JsonObject { ["type"] = "event_callback", ["team_id"] = SlackBotFactory.Team, ["note"] = "SECRET-TEXT" });
        var good = await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), "U0BAD0001", "D0BAD0001", "help"));

        await _socket.WaitForAckAsync(broken);
        await _socket.WaitForAckAsync(good);
        await PostedToAsync("D0BAD0001");
        Assert.Equal(1, _socket.ConnectionsAccepted);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6105 && l.Message.Contains("not a JSON object", StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6105 && l.Message.Contains("larger than the limit", StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6106 && l.Message.Contains("something_new", StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6107 && l.Message.Contains("400", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET-TEXT", _bot.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(AppToken, _bot.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("ticket=", _bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_Connected_IsHealthyAndSaysSo()
    {
        Start();
        await _socket.WaitForConnectionsAsync(1);

        await Eventually.TrueAsync(async () => (await SocketEntryAsync()).Status == HealthStatus.Healthy);
        var entry = await SocketEntryAsync();
        Assert.Contains("connected (app A0APP0001)", entry.Description, StringComparison.Ordinal);
        using var ready = await _bot.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6100);
    }

    [Fact]
    public async Task Readiness_AppTokenRefused_DegradedSayingInvalidAuth()
    {
        _slack.Errors["apps.connections.open"] = "invalid_auth";
        Start();

        await Eventually.TrueAsync(async () => (await SocketEntryAsync()).Description?.Contains("invalid_auth", StringComparison.Ordinal) == true);
        Assert.Equal(HealthStatus.Degraded, (await SocketEntryAsync()).Status);
        using var ready = await _bot.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6102 && l.Message.Contains("invalid_auth", StringComparison.Ordinal));
        Assert.Equal(0, _socket.ConnectionsAccepted);
    }

    [Fact]
    public async Task Readiness_AppTokenMissing_DegradedSayingSo()
    {
        Start(new() { ["Slack:AppToken"] = "" });

        await Eventually.TrueAsync(async () => (await SocketEntryAsync()).Description?.Contains("Slack:AppToken is not set", StringComparison.Ordinal) == true);
        Assert.Equal(HealthStatus.Degraded, (await SocketEntryAsync()).Status);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 6101);
        Assert.Empty(_slack.Api("apps.connections.open"));
    }

    private async Task<HealthReportEntry> SocketEntryAsync()
    {
        var report = await _bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries["slack-socket-mode"];
    }
}
