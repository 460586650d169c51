using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Crash;

/// <summary>
/// The built bot in Socket Mode only (no signing secret, no HTTP from Slack), killed with SIGKILL in the middle of a
/// burst of envelopes, then started again on the same database: every envelope it acknowledged is applied and
/// answered exactly once, and the ones it had not acknowledged are sent again by Slack and also answered once.
/// </summary>
public sealed class SlackSocketCrashTests : IAsyncLifetime
{
    private const int Users = 10;
    private const int KillAtAck = 15;
    private const string ScopeQuestion = "Is the work domestic or international?";
    private readonly TempDatabase _database = new();
    private readonly List<BuiltBotProcess> _processes = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private FakeSocketModeServer _socket = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _socket = await FakeSocketModeServer.StartAsync();
        _slack.SocketUrl = _socket.NewUrl;
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await _socket.DisposeAsync();
        await _slack.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task SigkillMidBurst_Restart_AcknowledgedAndResentEnvelopesEachAnsweredOnce()
    {
        var bot = await StartAsync();
        await _socket.WaitForConnectionsAsync(1);

        // Slack's Web API is slow, so no turn has run when the process dies: what matters is the inbox and the acks.
        _slack.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acks = 0;
        // Sent to the bot but not acknowledged when it died, with how often each had been sent by then.
        Dictionary<string, int> inFlightAtKill = [];
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _socket.OnAck = async acked =>
        {
            if (Interlocked.Increment(ref acks) == KillAtAck)
            {
                await bot.KillAsync();
                inFlightAtKill = _socket.Unacknowledged.Where(id => id != acked && _socket.Deliveries(id) > 0).ToDictionary(id => id, _socket.Deliveries);
                killed.TrySetResult();
            }
        };

        // Round-robin over the users, each user's answers in order: "new", title, partner, partner type.
        var envelopes = new List<string>();
        foreach (var step in new[] { "new", "Title {0}", "Partner {0}", "patient organisation" })
        {
            foreach (var user in UserIds())
            {
                envelopes.Add(await _socket.SendAsync("events_api", SocketPayloads.DirectMessage(NextEvent(), user, Dm(user), string.Format(System.Globalization.CultureInfo.InvariantCulture, step, user))));
            }
        }

        await killed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _socket.OnAck = null;
        Assert.NotEmpty(inFlightAtKill);
        Assert.True(_socket.Acknowledged.Count >= KillAtAck);
        _slack.Hold.TrySetResult();
        _slack.Hold = null;

        // An ack the dying process had already written can reach the server after the kill: that envelope is
        // acknowledged (stored before its ack), so Slack rightly does not send it again.
        var ackedBeforeRestart = _socket.Acknowledged.ToHashSet(StringComparer.Ordinal);
        await using var restarted = await StartAsync();
        foreach (var user in UserIds())
        {
            await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == Dm(user) && (c["text"] ?? "").Contains(ScopeQuestion, StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        }

        using var db = await _database.CreateContextAsync();
        await Eventually.TrueAsync(async () => await db.Inbox.CountAsync(r => r.DoneAt == null) == 0);
        await _socket.WaitUntilAsync(() => _socket.Unacknowledged.Count == 0, TimeSpan.FromSeconds(30));

        // Stored once each, however often Slack sent it; the ones unacknowledged at the kill were sent again.
        Assert.Equal(envelopes.Count, await db.Inbox.CountAsync());
        Assert.All(inFlightAtKill.Where(sent => !ackedBeforeRestart.Contains(sent.Key)), sent => Assert.True(_socket.Deliveries(sent.Key) > sent.Value, $"{sent.Key} was not sent again"));
        foreach (var user in UserIds())
        {
            var answers = await InterviewAnswers.OfAsync(db, $"slack:{SlackBotFactory.Team}:{Dm(user)}");
            Assert.Equal($"[\"Title {user}\"]", answers["title"]);
            Assert.Equal($"[\"Partner {user}\"]", answers["partner"]);
            Assert.Equal("[\"patient_org\"]", answers["partner_type"]);

            // Answered exactly once: each question went to the DM once (a repeat would mean a turn ran twice).
            var posts = _slack.Api("chat.postMessage").Where(c => c["channel"] == Dm(user)).Select(c => c["text"]).ToList();
            Assert.Equal(posts.Distinct().Count(), posts.Count);
            Assert.Single(posts, p => (p ?? "").Contains(ScopeQuestion, StringComparison.Ordinal));
        }
    }

    private async Task<BuiltBotProcess> StartAsync()
    {
        var process = await BuiltBotProcess.StartAsync(_database, new Dictionary<string, string>
        {
            ["Slack__SocketMode"] = "true",
            ["Slack__AppToken"] = "xapp-1-A0APP0001-crash",
            ["Slack__BotToken"] = "xoxb-test-token",
            ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.AbsoluteUri,
            ["Slack__ChannelMessageInterval"] = "00:00:00.001",
            ["Slack__Workers"] = $"{Users}",
        });
        _processes.Add(process);
        return process;
    }

    private static IEnumerable<string> UserIds() => Enumerable.Range(1, Users).Select(i => $"U0SCR{i:D3}");

    private static string Dm(string user) => "D" + user[1..];

    private string NextEvent() => $"EvC{Interlocked.Increment(ref _event):D3}{_run}";
}
