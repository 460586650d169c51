using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The whole Slack journey over Socket Mode only (no HTTP request reaches the bot): the "Plan a collaboration"
/// shortcut opens the interview modal, every page is answered in the envelope's acknowledgement (response_action
/// update, or errors for a bad value), the assessment and checklist arrive in the DM, and a typed tick is stored.
/// </summary>
public sealed class SlackSocketJourneyTests : IAsyncLifetime
{
    private const string ViewId = "V0SOCKET01";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private FakeSocketModeServer _socket = null!;
    private SlackBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _socket = await FakeSocketModeServer.StartAsync();
        _slack.SocketUrl = _socket.NewUrl;
        _bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?>
        {
            ["Slack:SocketMode"] = "true",
            ["Slack:AppToken"] = "xapp-1-A0APP0001-1234-abcdef",
            ["Slack:ChannelMessageInterval"] = "00:00:00.001",
            ["Slack:ModalAnswerWait"] = "00:00:02.5",
        });
        _ = _bot.Services;
        await _socket.WaitForConnectionsAsync(1);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _socket.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task ShortcutModalPagesAssessmentAndTick_AllOverTheSocket()
    {
        await _socket.SendAsync("interactive", PayloadOf(HomePayloads.Shortcut(SlackHomeClicks.PlanShortcut)));
        var view = (await _slack.WaitForApiAsync("views.open")).Body["view"]!.AsObject();

        // A bad value first: refused in the ack, keyed by its block, nothing saved.
        var bad = SlackInterviewModalTests.Fill(view);
        bad["q:title"] = "A";
        var refused = await SubmitAsync(view, bad);
        Assert.Equal("errors", (string?)refused["response_action"]);
        Assert.NotNull(refused["errors"]!["q:title"]);

        var pages = 0;
        while (view["submit"] is not null)
        {
            Assert.True(++pages < 12, "The form never ended.");
            var answer = await SubmitAsync(view, SlackInterviewModalTests.Fill(view));
            Assert.Equal("update", (string?)answer["response_action"]);
            view = answer["view"]!.AsObject();
            Assert.Empty(BlockKitLimits.View(view));
        }

        Assert.Contains("Asthma school toolkit", view.ToJsonString(), StringComparison.Ordinal);
        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == FakeSlackApi.DmChannel
            && c.Body.ToJsonString().Contains("R4 Be transparent and show the benefits", StringComparison.Ordinal));
        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains("Checklist: Asthma school toolkit", StringComparison.Ordinal));

        var tick = await _socket.SendAsync("events_api", SocketPayloads.DirectMessage($"EvJ001{_run}", SlackBotFactory.User, FakeSlackApi.DmChannel, "done 1"));
        Assert.Null((await _socket.WaitForAckAsync(tick))["payload"]);
        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").StartsWith("Ticked item 1:", StringComparison.Ordinal));


        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("Submitted", (await db.Collaborations.SingleAsync()).Status);
        Assert.Equal(1, await db.ChecklistItems.CountAsync(i => i.Done));
        Assert.Empty(_slack.Refusals);
    }

    /// <summary>A view_submission as an interactive envelope; the modal's answer is the ack's payload.</summary>
    private async Task<JsonObject> SubmitAsync(JsonObject view, Dictionary<string, string> inputs)
    {
        var envelope = await _socket.SendAsync("interactive", PayloadOf(ModalPayloads.Submission(view, ViewId, inputs)), acceptsResponsePayload: true);
        var ack = await _socket.WaitForAckAsync(envelope, TimeSpan.FromSeconds(30));
        return ack["payload"]!.AsObject();
    }

    /// <summary>The JSON of a form-encoded interactivity body (what Slack puts in an envelope's payload).</summary>
    private static JsonObject PayloadOf(string form) => JsonNode.Parse(WebUtility.UrlDecode(form["payload=".Length..]))!.AsObject();
}
