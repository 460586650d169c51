using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Crash;

/// <summary>
/// The built bot behind a loopback Slack, killed with SIGKILL right after it acknowledged a batch of users' DM
/// answers and button clicks, then started again on the same database: what Slack got a 200 for is applied
/// exactly once, in order per user, and each user gets the reply; Slack's retries are not applied twice.
/// </summary>
public sealed class SlackCrashTests : IAsyncLifetime
{
    private const int Users = 8;
    private const string ScopeQuestion = "Is the work domestic or international?";
    // After the countries the bot asks where the partner is based (issue 29).
    private const string PartnerCountryQuestion = "In which country is the partner based";
    private readonly TempDatabase _database = new();
    private readonly List<BuiltBotProcess> _processes = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FakeSlackApi _slack = null!;
    private int _event;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync()
    {
        // Also the processes of a test that failed half way: none may outlive the test.
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _http.Dispose();
        await _slack.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task SigkillAfterAck_RestartOnSameDatabase_EveryAcknowledgedAnswerAppliedOnceInOrderAndAnswered()
    {
        var port = BuiltBotProcess.FreePort();
        var sent = new List<(string User, string Body)>();

        // Batch 1: Slack is slow (every Web API call waits), so nothing has run when the process dies.
        _slack.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = await StartAsync(port);
        await ForEachUserAsync(async user =>
        {
            foreach (var text in new[] { "new", $"Title {user}", $"Partner {user}", "patient organisation" })
            {
                var body = SlackPayloads.Envelope(NextEvent(), DirectMessage(user, text));
                await AckedAsync(bot, SlackServices.EventsPath, body, "application/json");
                lock (sent)
                {
                    sent.Add((user, body));
                }
            }
        });
        await _slack.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await bot.KillAsync();
        _slack.Hold.TrySetResult();
        _slack.Hold = null;

        bot = await StartAsync(port);
        var scopeCards = new Dictionary<string, RecordedCall>();
        foreach (var user in UserIds())
        {
            scopeCards[user] = await PostedToAsync(user, ScopeQuestion);
        }

        // Batch 2: a click and a typed answer each. Slack is slow again, now after the turns: the clicks' turns are
        // saved but their replies not yet out, the typed answers wait behind them, when the process dies.
        _slack.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await ForEachUserAsync(async user =>
        {
            await AckedAsync(bot, SlackServices.InteractionsPath, Click(user, SlackPayloads.Button(scopeCards[user], "Domestic")));
            await AckedAsync(bot, SlackServices.EventsPath, SlackPayloads.Envelope(NextEvent(), DirectMessage(user, "GB")), "application/json");
        });
        using (var during = await _database.CreateContextAsync())
        {
            await Eventually.TrueAsync(async () => await during.Inbox.CountAsync(r => r.Kind == "interaction" && r.AppliedAt != null) == Users);
        }

        await bot.KillAsync();
        _slack.Hold.TrySetResult();
        _slack.Hold = null;
        await using var restarted = await StartAsync(port);
        foreach (var user in UserIds())
        {
            await PostedToAsync(user, "Which countries does the collaboration cover?");
            await PostedToAsync(user, PartnerCountryQuestion);
        }

        // Slack retries events it thinks we missed: already in the inbox (done or not), they must not run again.
        foreach (var (user, body) in sent.Where(s => s.Body.Contains("Partner ", StringComparison.Ordinal)))
        {
            await AckedAsync(restarted, SlackServices.EventsPath, body, "application/json", retry: "1");
        }

        using var db = await _database.CreateContextAsync();
        await Eventually.TrueAsync(async () => await db.Inbox.CountAsync(r => r.DoneAt == null) == 0);
        foreach (var user in UserIds())
        {
            await InterviewAnswers.AssertEachAppliedOnceInOrderAsync(db, $"slack:{SlackBotFactory.Team}:{Dm(user)}", user);
        }
    }

    private async Task<BuiltBotProcess> StartAsync(int port)
    {
        var process = await BuiltBotProcess.StartAsync(_database, Settings(), port);
        _processes.Add(process);
        return process;
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Slack__SigningSecret"] = SlackBotFactory.Secret,
        ["Slack__BotToken"] = "xoxb-test-token",
        ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.AbsoluteUri,
        ["Slack__ChannelMessageInterval"] = "00:00:00.001",
        // A worker per user, so every user's click can be mid-turn at the kill.
        ["Slack__Workers"] = $"{Users * 2}",
    };

    private async Task AckedAsync(BuiltBotProcess bot, string path, string body, string contentType = "application/x-www-form-urlencoded", string? retry = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.BaseUrl, path.TrimStart('/')))
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType).MediaType!),
        };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(SlackBotFactory.Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        if (retry is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry);
        }

        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task ForEachUserAsync(Func<string, Task> steps) => Task.WhenAll(UserIds().Select(u => Task.Run(() => steps(u))));

    private static IEnumerable<string> UserIds() => Enumerable.Range(1, Users).Select(i => $"U0CRASH{i:D2}");

    private static string Dm(string user) => "D" + user[1..];

    private string NextEvent() => $"Ev{Interlocked.Increment(ref _event):D4}{_run}";

    private static JsonObject DirectMessage(string user, string text) => new()
    {
        ["type"] = "message",
        ["channel"] = Dm(user),
        ["channel_type"] = "im",
        ["user"] = user,
        ["text"] = text,
        ["ts"] = "1700000000.000100",
    };

    private string Click(string user, JsonObject action) => "payload=" + WebUtility.UrlEncode(new JsonObject
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team },
        ["user"] = new JsonObject { ["id"] = user, ["name"] = user.ToLowerInvariant(), ["team_id"] = SlackBotFactory.Team },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000300", ["channel_id"] = Dm(user), ["is_ephemeral"] = false },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["channel"] = new JsonObject { ["id"] = Dm(user) },
        ["response_url"] = _slack.ResponseUrl("r-" + user).AbsoluteUri,
        ["actions"] = new JsonArray(action),
        ["message"] = new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000300", ["blocks"] = new JsonArray() },
    }.ToJsonString());

    private Task<RecordedCall> PostedToAsync(string user, string fragment) =>
        _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == Dm(user) && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
}
