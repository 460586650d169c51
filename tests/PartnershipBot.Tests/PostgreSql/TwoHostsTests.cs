using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.PostgreSql;

/// <summary>
/// Two bot hosts on one PostgreSQL database, as behind a load balancer: what must happen once happens once, no
/// turn is lost, and a database restart costs users a "try again" rather than an error.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class TwoHostsTests(PostgreSqlServer server) : IDisposable
{
    private readonly TempDatabase database = server.CreateDatabase();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task FiveHundredRemindersDueAtOnce_TwoHostsSweeping_EachDeliveredExactlyOnceInTotal()
    {
        var first = new RecordingReminderChannel();
        var second = new RecordingReminderChannel();

        // Quartz keeps schedulers by name per process, so in one test process each host has its own scheduler and
        // both sweep every second at once: only the database's delivery claims stand between them and a repeat.
        await using var one = SweepingHost(first, "a");
        await using var two = SweepingHost(second, "b");
        _ = one.Services;
        _ = two.Services;
        var keys = await DueReminders.SeedAsync(database, Enumerable.Range(0, 500).Select(i => $"Asthma school toolkit {i}"), RecordingReminderChannel.Name, ReminderSeed.Owner, one.Services.GetRequiredService<GuidancePack>().Sources[0].Id);

        if (!await DueReminders.WaitUntilAsync(() => first.Sent.Count + second.Sent.Count >= 500, TimeSpan.FromSeconds(120)))
        {
            await using var check = await database.CreateContextAsync();
            var statuses = await check.Reminders.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            Assert.Fail($"sent {first.Sent.Count}+{second.Sent.Count}; reminders: {string.Join(", ", statuses.Select(x => $"{x.Key}={x.Count}"))}; "
                + string.Join(" | ", one.Logs.Lines.Concat(two.Logs.Lines).Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning && l.Category.Contains("Reminder", StringComparison.Ordinal)).Select(l => l.Message + l.Exception).Distinct().Take(3)));
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var delivered = first.Sent.Concat(second.Sent).Select(s => s.Replies).ToList();
        Assert.Equal(500, delivered.Count);
        Assert.True(first.Sent.Count > 0 && second.Sent.Count > 0, $"one host did all the work ({first.Sent.Count}/{second.Sent.Count})");
        await using var db = await database.CreateContextAsync();
        Assert.Equal(500, await db.ReminderDeliveries.CountAsync(d => d.Outcome == "sent" && d.Attempts == 1));
        Assert.Equal(500, await db.Reminders.CountAsync(r => keys.Contains(r.Key) && r.Status == ReminderStatus.Sent));
    }

    [Fact]
    public async Task TurnsOfOneConversation_AlternatingBetweenHosts_NoTurnIsLost()
    {
        await using var one = await CountingServicesAsync();
        await using var two = await CountingServicesAsync();
        const int Pairs = 20;

        // Each pair arrives at both hosts at once; a user told to send again does so, as people do.
        for (var i = 0; i < Pairs; i++)
        {
            await Task.WhenAll(SendUntilTakenAsync(one.Get<ITurnProcessor>(), $"a{i}"), SendUntilTakenAsync(two.Get<ITurnProcessor>(), $"b{i}"));
        }

        Assert.Equal(Pairs * 2, await CounterHandler.ReadAsync(one.Get<IDbContextFactory<BotDbContext>>()));
    }

    [Fact]
    public async Task PostgreSqlRestartedMidRun_TwoHosts_NothingLostAndNoServerError()
    {
        await using var fake = await FakeBotFramework.StartAsync();
        await using var one = CountingTeamsHost(fake);
        await using var two = CountingTeamsHost(fake);
        var hosts = new[] { one, two };
        var run = Guid.NewGuid().ToString("N")[..12];
        var statuses = new List<HttpStatusCode>();
        var transcript = new List<string>();

        async Task<string> SayAsync(int i)
        {
            var before = fake.ConnectorRequests.Count;
            var activity = Fixtures.Load("personal-message", fake.ServiceUrl, run);
            activity["text"] = $"message {i}";
            using var response = await hosts[i % 2].PostActivityAsync(activity.ToJsonString());
            statuses.Add(response.StatusCode);
            transcript.Add($"{i}: " + string.Join(" / ", fake.ConnectorRequests.Skip(before).Select(r => (string?)r.Json["text"])));
            var said = string.Join("\n", fake.ConnectorRequests.Skip(before).Select(r => (string?)r.Json["text"]));
            Assert.DoesNotContain(EnglishTurnMessages.SomethingWentWrong, said, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(said), "no reply: " + string.Join(" | ", one.Logs.Lines.Concat(two.Logs.Lines).Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(l => l.Message).Distinct().TakeLast(4)));
            return said;
        }

        var taken = 0;
        for (var i = 0; i < 6; i++)
        {
            Assert.DoesNotContain(EnglishTurnMessages.TryAgainShortly, await SayAsync(i), StringComparison.Ordinal);
            taken++;
        }

        server.Stop();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Contains(EnglishTurnMessages.TryAgainShortly, await SayAsync(i), StringComparison.Ordinal);
            }

            foreach (var host in hosts)
            {
                using var ready = await host.CreateClient().GetAsync("/readyz");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }
        }
        finally
        {
            server.Start();
        }

        // Back by itself: the users who were asked to try again do, and every message counts once.
        for (var i = 0; i < 6; i++)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await SayAsync(i)).Contains(EnglishTurnMessages.TryAgainShortly, StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, "the bot did not recover after the database came back");
                await Task.Delay(200);
            }

            taken++;
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        foreach (var host in hosts)
        {
            using var ready = await host.CreateClient().GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        await using var db = await database.CreateContextAsync();
        var counter = await db.Users.AsNoTracking().SingleAsync(u => u.Channel == CounterHandler.Channel && u.UserId == CounterHandler.CounterId);
        Assert.True(taken.ToString(System.Globalization.CultureInfo.InvariantCulture) == counter.DisplayName, counter.DisplayName + "\n" + string.Join("\n", transcript));
        Assert.DoesNotContain(fake.ConnectorRequests, r => (string?)r.Json["text"] == EnglishTurnMessages.SomethingWentWrong);
    }

    private BotFactory SweepingHost(RecordingReminderChannel channel, string name) => new(
        new Dictionary<string, string?>
        {
            ["Reminders:SchedulerName"] = database.SchedulerName + "-" + name,
            ["Reminders:SweepInterval"] = "00:00:01",
        },
        database,
        s => s.AddSingleton<IReminderChannel>(channel));

    private TeamsBotFactory CountingTeamsHost(FakeBotFramework fake) => new(fake, database: database, services: s =>
    {
        s.AddSingleton<ITurnRunner>(EffectingRunner.Counting());
        s.AddSingleton<ITurnInputsProvider, CounterInputs>();
        s.AddSingleton<IEffectHandler, CounterHandler>();
    })
    {
        Settings = new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" },
    };

    private Task<BotServices> CountingServicesAsync() => BotServices.StartAsync(database, s =>
    {
        s.AddSingleton<ITurnRunner>(EffectingRunner.Counting());
        s.AddSingleton<ITurnInputsProvider, CounterInputs>();
        s.AddSingleton<IEffectHandler, CounterHandler>();
    });

    private static async Task SendUntilTakenAsync(ITurnProcessor processor, string text)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var replies = await processor.ProcessAsync(TestTurns.Message(text), new RecordingSender(), CancellationToken.None);
            Assert.DoesNotContain(replies, r => r is TextReply { Text: EnglishTurnMessages.SomethingWentWrong });
            if (!replies.Any(r => r is TextReply { Text: EnglishTurnMessages.TooManyAtOnce }))
            {
                return;
            }
        }

        Assert.Fail($"'{text}' was never taken");
    }
}
