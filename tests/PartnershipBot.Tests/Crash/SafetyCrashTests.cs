using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Crash;

/// <summary>
/// The built bot, killed with SIGKILL between detection and delivery: a side effect typed in a Slack DM is committed
/// with its turn (the user has the notice), the sender has claimed the report and its post to the pharmacovigilance
/// channel is hanging at a slow Slack when the process dies. Started again on the same database, the bot delivers
/// the report once the dead sender's lease runs out: exactly once, nothing lost.
/// </summary>
public sealed class SafetyCrashTests : IAsyncLifetime
{
    private const string PvChannel = "C0PHARMA01";
    private const string User = "U0CRASH01";
    private const string Dm = "D0CRASH01";
    private const string SideEffect = "Her daughter was hospitalised after taking the new tablets";
    private readonly TempDatabase _database = new();
    private readonly List<BuiltBotProcess> _processes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _http.Dispose();
        await _slack.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task KilledWhileTheReportIsOnItsWay_RestartDeliversItExactlyOnce()
    {
        var port = BuiltBotProcess.FreePort();

        // Slack is slow only for the post to pharmacovigilance: the user's turn and its notice go through.
        var stuck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.HoldOnly = (method, body) => method == "chat.postMessage" && body["channel"]?.GetValue<string>() == PvChannel;
        _slack.Hold = stuck;
        try
        {
            var bot = await StartAsync(port);
            await AckedAsync(bot, SlackPayloads.Envelope("Ev0001crash", DirectMessage(SideEffect)));
            var notice = await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == Dm, TimeSpan.FromSeconds(30));
            Assert.Contains("This may be safety information", notice.Body.ToJsonString(), StringComparison.Ordinal);
            await _slack.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // Committed, claimed, not delivered: the state a crash here leaves.
            var claimed = await SingleReportAsync();
            Assert.Equal((SafetyReportStatus.Pending, 1), (claimed.Status, claimed.Attempts));
            Assert.NotNull(claimed.LeaseUntil);
            Assert.Equal(SideEffect, claimed.Text);
            await bot.KillAsync();

            // Slack answers again; the dead process's post never got through.
            _slack.Hold = null;
            Assert.Empty(PvPosts());
            await using var restarted = await StartAsync(port);

            var delivered = await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c["channel"] == PvChannel, TimeSpan.FromSeconds(30));
            Assert.Contains(SideEffect, delivered.Body.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains(claimed.Reference, delivered.Body.ToJsonString(), StringComparison.Ordinal);
            await Eventually.TrueAsync(async () => (await SingleReportAsync()).Status == SafetyReportStatus.Delivered);

            // Several more polls: nothing is sent again.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Single(PvPosts());
            var report = await SingleReportAsync();
            Assert.Equal((SafetyReportStatus.Delivered, 2, $"slack:{PvChannel}"), (report.Status, report.Attempts, report.DeliveredTo));
        }
        finally
        {
            // Lets the dead process's hanging request end, so the fake can stop.
            stuck.TrySetResult();
        }
    }

    private IReadOnlyList<RecordedCall> PvPosts() => [.. _slack.Api("chat.postMessage").Where(c => c["channel"] == PvChannel)];

    private async Task<SafetyReportRow> SingleReportAsync()
    {
        using var db = await _database.CreateContextAsync();
        return await db.SafetyReports.AsNoTracking().SingleAsync();
    }

    private async Task<BuiltBotProcess> StartAsync(int port)
    {
        var process = await BuiltBotProcess.StartAsync(_database, new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = SlackBotFactory.Secret,
            ["Slack__BotToken"] = "xoxb-test-token",
            ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.AbsoluteUri,
            ["Slack__ChannelMessageInterval"] = "00:00:00.001",
            ["Safety__Contact__Channel"] = "slack",
            ["Safety__Contact__ConversationId"] = PvChannel,
            ["Safety__PollInterval"] = "00:00:00.200",
            // The dead sender's claim runs out soon after the restart.
            ["Safety__Lease"] = "00:00:02",
        }, port);
        _processes.Add(process);
        return process;
    }

    private async Task AckedAsync(BuiltBotProcess bot, string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.BaseUrl, SlackServices.EventsPath.TrimStart('/')))
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse("application/json").MediaType!),
        };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(SlackBotFactory.Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonObject DirectMessage(string text) => new()
    {
        ["type"] = "message",
        ["channel"] = Dm,
        ["channel_type"] = "im",
        ["user"] = User,
        ["text"] = text,
        ["ts"] = "1700000000.000100",
    };
}
