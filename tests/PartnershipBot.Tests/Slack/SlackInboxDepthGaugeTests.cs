using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Telemetry;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The inbox depth gauge, read in-process as an OpenTelemetry reader would: a start that finds requests left in the
/// inbox reports how many. The meter is process-wide and tests run in parallel, so this one leaves a count (7) that
/// no other test leaves.
/// </summary>
public sealed class SlackInboxDepthGaugeTests : IAsyncLifetime
{
    private const int LeftBehind = 7;
    private readonly TempDatabase _database = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentQueue<long> _depths = new();
    private readonly MeterListener _listener = new();
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name && instrument.Name == "partnershipbot.slack.inbox.depth")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => _depths.Enqueue(value));
        _listener.Start();
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _slack.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Start_WithRequestsLeftInTheInbox_RecordsTheirCountOnTheGauge()
    {
        _slack.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = Bot();
        for (var i = 0; i < LeftBehind; i++)
        {
            using var response = await bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage($"Ev{i}{_run}", i == 0 ? "new" : $"answer {i}"), "application/json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _slack.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await bot.DisposeAsync();

        _slack.Hold.TrySetResult();
        _slack.Hold = null;
        await using var next = Bot();
        _ = next.Server;

        // The held chat.postMessage of the first start is already on the fake's record, so wait for the gauge itself.
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!_depths.Contains(LeftBehind) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        Assert.Contains(LeftBehind, _depths);
    }

    private SlackBotFactory Bot() => new(_slack, database: _database, settings: new Dictionary<string, string?>
    {
        ["shutdownTimeoutSeconds"] = "1",
        ["Slack:ChannelMessageInterval"] = "00:00:00.001",
    });
}
