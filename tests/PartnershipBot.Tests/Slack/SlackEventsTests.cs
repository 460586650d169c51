using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackEventsTests : IAsyncLifetime
{
    private const string DmKey = $"slack:{SlackBotFactory.Team}:{FakeSlackApi.DmChannel}";
    // Unique per run: the real deduplicator is persistent, and a rerun must not look like a retry.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;

    private string E(string id) => id + _run;

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

    private async Task SendAsync(string body, string? retry = null)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, body, "application/json",
            tweak: retry is null ? null : r => r.Headers.Add("X-Slack-Retry-Num", retry));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DirectMessage_FromUser_RunsTurnAndRepliesInTheDm()
    {
        await SendAsync(SlackPayloads.DirectMessage(E("Ev01"), "R&amp;D &lt;3 partners"));

        var turn = await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(E("Ev01"), StringComparison.Ordinal));
        Assert.Equal("R&D <3 partners", turn.Text);
        Assert.Equal(DmKey, turn.Conversation.Key);
        Assert.Equal("slack", turn.User.Channel);
        Assert.Equal($"{SlackBotFactory.Team}:{SlackBotFactory.User}", turn.User.Id);
        Assert.Equal("Europe/Berlin", turn.User.TimeZone);
        var post = await _slack.WaitForApiAsync("chat.postMessage");
        Assert.Equal(FakeSlackApi.DmChannel, post["channel"]);
        Assert.False(string.IsNullOrWhiteSpace(post["text"]));
    }

    [Fact]
    public async Task DirectMessage_StoresTheAddressForReminders()
    {
        await SendAsync(SlackPayloads.DirectMessage(E("Ev02"), "hello"));
        await _slack.WaitForApiAsync("chat.postMessage");

        using var scope = _bot.Services.CreateScope();
        var address = await scope.ServiceProvider.GetRequiredService<IConversationAddressStore>()
            .FindAsync("slack", $"{SlackBotFactory.Team}:{SlackBotFactory.User}", CancellationToken.None);

        Assert.NotNull(address);
        Assert.Equal(FakeSlackApi.DmChannel, address.ConversationId);
        Assert.Equal(SlackBotFactory.Team, address.TeamId);
        Assert.Equal("Europe/Berlin", address.TimeZone);
    }

    [Fact]
    public async Task DirectMessage_RetriedAndRedelivered_IsHandledOnce()
    {
        await SendAsync(SlackPayloads.DirectMessage(E("Ev03"), "first"));
        await SendAsync(SlackPayloads.DirectMessage(E("Ev03"), "first"), retry: "1");
        await SendAsync(SlackPayloads.DirectMessage(E("Ev03"), "first"), retry: "2");
        await SendAsync(SlackPayloads.DirectMessage(E("Ev04"), "second"));

        // One user's work runs in order, so once Ev04 is through every copy of Ev03 has been looked at.
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(E("Ev04"), StringComparison.Ordinal));
        Assert.Single(_bot.Turns.Turns, t => t.Id.EndsWith(E("Ev03"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectMessage_BotMessagesEditsAndDeletions_AreIgnored()
    {
        await SendAsync(SlackPayloads.DirectMessage(E("Ev05"), "from a bot", botId: "B0BOT0001"));
        await SendAsync(SlackPayloads.DirectMessage(E("Ev06"), "edited", subtype: "message_changed"));
        await SendAsync(SlackPayloads.DirectMessage(E("Ev07"), "", subtype: "message_deleted"));
        await SendAsync(SlackPayloads.DirectMessage(E("Ev08"), "real"));

        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(E("Ev08"), StringComparison.Ordinal));
        Assert.Equal(["real"], _bot.Turns.Turns.Select(t => t.Text));
    }

    [Fact]
    public async Task AppMention_InChannel_AnswersInThreadPointingToTheDm()
    {
        await SendAsync(SlackPayloads.Mention(E("Ev09")));

        var post = await _slack.WaitForApiAsync("chat.postMessage");
        Assert.Equal("C0CHAN001", post["channel"]);
        Assert.Equal("1700000000.000200", post["thread_ts"]);
        Assert.Contains("direct message", post["text"], StringComparison.Ordinal);
        Assert.Contains("slack://app?team=T0TEAM001&id=A0APP0001", post["text"], StringComparison.Ordinal);
        Assert.Empty(_bot.Turns.Turns);
    }

    [Fact]
    public async Task UnknownEventType_IsAcknowledgedAndIgnored()
    {
        await SendAsync("""{"type":"app_rate_limited","team_id":"T0TEAM001","minute_rate_limited":1518467820}""");
        await SendAsync(SlackPayloads.Envelope(E("Ev10"), new System.Text.Json.Nodes.JsonObject { ["type"] = "reaction_added", ["user"] = "U1" }));
        await SendAsync(SlackPayloads.DirectMessage(E("Ev11"), "after"));

        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(E("Ev11"), StringComparison.Ordinal));
        Assert.Single(_bot.Turns.Turns);
    }
}
