using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.PostgreSql;

/// <summary>
/// The built bot as a child process (a real second instance, in its own Quartz cluster node) sweeps reminders to a
/// slow Slack and is killed with SIGKILL mid-sweep; the other instance takes the sweep over and finishes it, with
/// at most one duplicate per reminder (a send whose completion the killed instance never wrote).
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class HostKilledMidSweepTests(PostgreSqlServer server) : IDisposable
{
    private const int Count = 30;
    private readonly TempDatabase database = server.CreateDatabase();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task HostKilledMidSweep_OtherHostFinishes_AtMostOneDuplicatePerReminder()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.Latency = TimeSpan.FromMilliseconds(150);
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Reminders:SweepInterval"] = "00:00:01",
            ["Reminders:ClusterCheckinInterval"] = "00:00:01",
            ["Reminders:DeliveryLease"] = "00:00:05",
            ["Slack:SigningSecret"] = "test-signing-secret",
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
        };

        // Seeded before any host starts, so the child's first sweep takes them all.
        await using (var seeder = await BotServices.StartAsync(database))
        {
            await DueReminders.SeedAsync(database, Titles(), ChannelIds.Slack, "T0TEAM001:U0OWNER01", seeder.Services.GetRequiredService<GuidancePack>().Sources[0].Id);
        }

        using (var child = StartChild(settings))
        {
            var started = await DueReminders.WaitUntilAsync(() => Posted().Count >= 5, TimeSpan.FromSeconds(90));
            Assert.True(started, "the child bot did not start sending: " + child.Output);
            child.Kill();
        }

        var killedAfter = Posted().Count;
        Assert.True(killedAfter < Count, $"the child finished ({killedAfter}) before it was killed");

        await using var survivor = new BotFactory(settings, database);
        _ = survivor.Services;
        var finished = await DueReminders.WaitUntilAsync(() => Posted().Distinct().Count() >= Count, TimeSpan.FromSeconds(120));
        Assert.True(finished, $"only {Posted().Distinct().Count()} of {Count} reminders arrived");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var perReminder = Posted().GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Count, perReminder.Count);
        Assert.All(perReminder, p => Assert.True(p.Value <= 2, $"{p.Key} arrived {p.Value} times"));
        await using var db = await database.CreateContextAsync();
        Assert.Equal(Count, await db.Reminders.CountAsync(r => r.Status == ReminderStatus.Sent));

        List<string> Posted() =>
            [.. slack.Api("chat.postMessage").Select(c => c.Body.ToJsonString()).Select(json => Titles().FirstOrDefault(json.Contains)).OfType<string>()];
    }

    private static IEnumerable<string> Titles() => Enumerable.Range(0, Count).Select(i => $"Toolkit #{i:D2}#");

    /// <summary>The bot as built next to the tests, run like a deployed instance with settings from the environment.</summary>
    private static ChildBot StartChild(Dictionary<string, string?> settings)
    {
        // The tests run from tests/.../bin/<Configuration>/net10.0/; the bot was built in the same configuration.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var folder = RepoFiles.Path("bot", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(folder, "PartnershipBot.dll"));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{PostgreSqlServer.FreePort()}";
        return new ChildBot(Process.Start(start)!);
    }

    private sealed class ChildBot : IDisposable
    {
        private readonly Process process;
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

        public ChildBot(Process process)
        {
            this.process = process;
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Output => string.Join("\n", lines.TakeLast(30));

        /// <summary>SIGKILL: no shutdown hooks, no lease released, nothing written on the way out.</summary>
        public void Kill()
        {
            process.Kill();
            process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is not null)
            {
                lines.Enqueue(line);
            }
        }
    }
}
