using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeSlackApi _slack = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Client(Uri? apiBase = null, int burst = 3)
    {
        var options = new SlackOptions { BotToken = "xoxb-test-token", ApiBaseUrl = apiBase ?? _slack.ApiBaseUrl, ChannelBurst = burst };
        var monitor = new FixedOptions(options);
        return new SlackApiClient(_http, monitor, new SlackChannelPacer(monitor, _time), new SlackResponseUrls(monitor, new HostingEnvironment { EnvironmentName = "Development" }), _time, NullLogger<SlackApiClient>.Instance);
    }

    private static SlackMessage Text(string text) => new(text, []);

    [Fact]
    public async Task PostMessage_RateLimited_WaitsForRetryAfterThenSucceeds()
    {
        _slack.Statuses["chat.postMessage"] = new([(429, "2")]);

        var call = Client().PostMessageAsync("D1", Text("hi"), null, CancellationToken.None);
        await _slack.WaitForApiAsync("chat.postMessage");
        await Task.Delay(50);
        Assert.False(call.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Ok);
        Assert.Equal(2, _slack.Api("chat.postMessage").Count);
    }

    [Fact]
    public async Task Call_OkFalse_ReturnsTheErrorCode()
    {
        _slack.Errors["chat.postMessage"] = "channel_not_found";

        var result = await Client().PostMessageAsync("D1", Text("hi"), null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("channel_not_found", result.Error);
    }

    [Fact]
    public async Task Call_SlackUnreachable_ReturnsUnreachableInsteadOfThrowing()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Client(new Uri($"http://127.0.0.1:{port}/api/")).AuthTestAsync(CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(SlackApiClient.Unreachable, result.Error);
    }

    [Fact]
    public async Task GetUser_ReadsDisplayNameAndTimeZone()
    {
        var user = await Client().GetUserAsync("U1", CancellationToken.None);

        Assert.Equal(new SlackUserInfo("Ada", "Europe/Berlin", "en-GB"), user);
        Assert.Equal("U1", _slack.Api("users.info").Single()["user"]);
    }

    [Fact]
    public async Task PostMessage_BurstToOneChannel_IsPacedToAboutOnePerSecond()
    {
        var client = Client(burst: 2);

        await client.PostMessageAsync("D1", Text("1"), null, CancellationToken.None);
        await client.PostMessageAsync("D1", Text("2"), null, CancellationToken.None);
        var third = client.PostMessageAsync("D1", Text("3"), null, CancellationToken.None);
        var otherChannel = await client.PostMessageAsync("D2", Text("x"), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(otherChannel.Ok);
        Assert.Equal(["1", "2", "x", "3"], _slack.Api("chat.postMessage").Select(c => c["text"]));
    }

    private sealed class FixedOptions(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue => value;

        public SlackOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
