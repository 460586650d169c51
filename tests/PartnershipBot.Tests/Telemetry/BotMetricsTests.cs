using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Telemetry;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Telemetry;

/// <summary>
/// The bot's metrics read in-process with a MeterListener, as an OpenTelemetry reader would see them. Tests run in
/// parallel and the meter is process-wide, so each test uses a channel name of its own and reads only its tags.
/// </summary>
public sealed class BotMetricsTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly string channel = "metrics-" + Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> measured = new();
    private readonly MeterListener listener = new();

    public BotMetricsTests()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();
    }

    public void Dispose()
    {
        listener.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task Turn_Processed_CountsByChannelAndOutcomeAndRecordsLatency()
    {
        await using var bot = await BotServices.StartAsync(database);
        var processor = bot.Get<ITurnProcessor>();

        await processor.ProcessAsync(TestTurns.Message("help", user: "u1", channel: channel), new RecordingSender(), CancellationToken.None);
        await processor.ProcessAsync(TestTurns.Message("hello", user: "u1", channel: channel), new RecordingSender(), CancellationToken.None);

        Assert.Equal(2, Sum("partnershipbot.turns", ("outcome", "ok")));
        Assert.Equal(2, Mine("partnershipbot.turn.duration").Count);
        Assert.All(Mine("partnershipbot.turn.duration"), m => Assert.True(m.Value > 0));
    }

    [Fact]
    public async Task Sweep_DueReminder_CountsDueAndSent()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));
        var recording = new RecordingReminderChannel(channel);
        await using var bot = await BotServices.StartAsync(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IReminderChannel>(recording);
        });
        await ReminderSeed.SubmitAsync(bot.Services, clock.GetUtcNow(), channel: channel);
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 22, 9, 0, 0, TimeSpan.Zero));

        var delivered = await bot.Get<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

        Assert.True(delivered > 0);
        Assert.Equal(delivered, Sum("partnershipbot.reminders.sent"));
        Assert.Equal(delivered, Sum("partnershipbot.reminders.due"));
        Assert.Equal(0, Sum("partnershipbot.reminders.undeliverable"));
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measured.Enqueue((instrument.Name, value, copy));
    }

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Mine(string instrument) =>
        [.. measured.Where(m => m.Instrument == instrument && m.Tags.TryGetValue("channel", out var c) && (string?)c == channel)];

    private double Sum(string instrument, (string Key, string Value)? tag = null) =>
        Mine(instrument).Where(m => tag is null || (m.Tags.TryGetValue(tag.Value.Key, out var v) && (string?)v == tag.Value.Value)).Sum(m => m.Value);
}
