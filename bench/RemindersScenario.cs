using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Reminders;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// 100,000 obligations with a reminder each, 10,000 of them due, sent by the real ReminderDispatcher to a
/// loopback Slack channel paced by the real SlackChannelPacer at the configured rate (one bucket for all sends,
/// so the configured rate is a ceiling the dispatcher should reach). Reports the rate reached against it, the
/// sweep query's time with many and with no reminders due, and memory across the run.
/// </summary>
internal static class RemindersScenario
{
    private const int ConfiguredRate = 500;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale)
    {
        var obligations = scale.Count(100_000, 200);
        var due = scale.Count(10_000, 20);
        var channel = new LoopbackReminderChannel();
        await using var bot = await BotUnderTest.StartAsync(
            new Dictionary<string, string?>
            {
                // A burst of ten, then one send per interval: ConfiguredRate per second.
                ["Slack:ChannelMessageInterval"] = TimeSpan.FromSeconds(1.0 / ConfiguredRate).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                ["Slack:ChannelBurst"] = "10",
            },
            services =>
            {
                services.RemoveAll<IReminderChannel>();
                services.AddSingleton<IReminderChannel>(sp => channel.Paced(sp.GetRequiredService<SlackChannelPacer>()));
            });
        var factory = bot.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        var now = DateTimeOffset.UtcNow;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(factory, obligations, due, now);
        seeding.Stop();

        var sweepWithDue = await TimeSweepQueryAsync(factory);
        var dispatcher = bot.Services.GetRequiredService<ReminderDispatcher>();
        using var memory = new MemorySampler();
        var clock = Stopwatch.StartNew();
        var delivered = 0;
        var limit = scale.Limit(60);
        while (delivered < due && clock.Elapsed < limit)
        {
            var sent = await dispatcher.RunDueAsync(null, CancellationToken.None);
            if (sent == 0)
            {
                break;
            }

            delivered += sent;
        }

        clock.Stop();
        memory.Stop();
        var sweepWithNone = await TimeSweepQueryAsync(factory);
        var rate = delivered / clock.Elapsed.TotalSeconds;
        var gaps = channel.Gaps();
        return
        [
            new BenchResult("reminders.dispatch", rate, gaps.Percentile(50), gaps.Percentile(99))
            {
                Operations = delivered,
                Ok = delivered == due,
                Note = $"{obligations} obligations, {due} due; p50/p99 = time between sends",
                Extra = new Dictionary<string, double>
                {
                    ["configured_per_s"] = ConfiguredRate,
                    ["share_of_configured"] = rate / ConfiguredRate,
                    ["sweep_query_ms_many_due"] = sweepWithDue,
                    ["sweep_query_ms_none_due"] = sweepWithNone,
                    ["seed_s"] = seeding.Elapsed.TotalSeconds,
                    ["working_set_mb_start"] = memory.FirstMb,
                    ["working_set_mb_peak"] = memory.PeakMb,
                    ["working_set_mb_end"] = memory.LastMb,
                    ["managed_heap_mb_end"] = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,
                },
            },
        ];
    }

    private static async Task SeedAsync(IDbContextFactory<BotDbContext> factory, int obligations, int due, DateTimeOffset now)
    {
        const int Batch = 5_000;
        for (var start = 0; start < obligations; start += Batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(obligations, start + Batch); i++)
            {
                var id = Guid.NewGuid();
                db.Obligations.Add(new ObligationRow
                {
                    Id = id,
                    CollaborationId = Guid.NewGuid(),
                    Key = "annual-disclosure:2026",
                    Kind = "annual-disclosure",
                    Title = "Publish the 2026 disclosure",
                    Due = DateOnly.FromDateTime(now.UtcDateTime).AddDays(i < due ? 7 : 60),
                    SourceId = "abpi-2024",
                    Status = ObligationStatus.Open,
                    OwnerChannel = ChannelIds.Slack,
                    OwnerUserId = $"T0BENCH:U{i:D6}",
                    CreatedAt = now,
                    UpdatedAt = now,
                });
                db.Reminders.Add(ReminderRow.Scheduled(id, $"{id:N}:lead:7", ReminderKinds.Lead, i < due ? now.AddMinutes(-5 - (i % 60)) : now.AddDays(30), now));
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>The dispatcher's due query on its own (median of 15), in milliseconds.</summary>
    private static async Task<double> TimeSweepQueryAsync(IDbContextFactory<BotDbContext> factory)
    {
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            var now = DateTimeOffset.UtcNow;
            var started = Stopwatch.GetTimestamp();
            _ = await db.Reminders.AsNoTracking()
                .Where(r => r.Status == ReminderStatus.Scheduled && r.SendAt <= now && (r.NextAttemptAt == null || r.NextAttemptAt <= now))
                .OrderBy(r => r.SendAt)
                .Take(100)
                .ToListAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private sealed class LoopbackReminderChannel
    {
        private readonly List<long> sends = [];
        private readonly Lock gate = new();

        public IReminderChannel Paced(SlackChannelPacer pacer) => new PacedChannel(this, pacer);

        public LoadResult Gaps()
        {
            lock (gate)
            {
                var gaps = sends.Zip(sends.Skip(1), (a, b) => b - a).Order().ToArray();
                return new LoadResult(gaps, gaps.Length, 0, TimeSpan.FromSeconds(1));
            }
        }

        private void Record()
        {
            lock (gate)
            {
                sends.Add(Stopwatch.GetTimestamp());
            }
        }

        private sealed class PacedChannel(LoopbackReminderChannel owner, SlackChannelPacer pacer) : IReminderChannel
        {
            public string Channel => ChannelIds.Slack;

            public async Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
            {
                await pacer.WaitTurnAsync("bench-reminders", cancellationToken);
                owner.Record();
                return DeliveryResult.Delivered;
            }

            public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
                SendToUserAsync(contact.ConversationId ?? "", replies, cancellationToken);
        }
    }

    /// <summary>The process's working set every 100 ms while the dispatcher runs.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Timer timer;
        private readonly Lock gate = new();
        private readonly List<double> samples = [];

        public MemorySampler()
        {
            Sample();
            timer = new Timer(_ => Sample(), null, 100, 100);
        }

        public double FirstMb => samples.Count == 0 ? 0 : samples[0];

        public double PeakMb => samples.Count == 0 ? 0 : samples.Max();

        public double LastMb => samples.Count == 0 ? 0 : samples[^1];

        public void Stop()
        {
            timer.Change(Timeout.Infinite, Timeout.Infinite);
            Sample();
        }

        public void Dispose() => timer.Dispose();

        private void Sample()
        {
            using var process = Process.GetCurrentProcess();
            lock (gate)
            {
                samples.Add(process.WorkingSet64 / 1048576.0);
            }
        }
    }
}
