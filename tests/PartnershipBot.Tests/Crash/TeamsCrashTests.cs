using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Crash;

/// <summary>
/// The built bot in anonymous Teams mode (Development) behind a loopback Bot Connector. Teams runs the turn before
/// its 200 and redelivers what got none: killed with SIGKILL in the middle of many users' turns and redelivered
/// after the restart, every activity is applied once and none is lost. And 100 messages at once on one
/// conversation: every one answered 2xx, each question takes exactly one answer, no update lost.
/// </summary>
public sealed class TeamsCrashTests : IAsyncLifetime
{
    private const int Users = 8;
    private readonly TempDatabase _database = new();
    private readonly List<BuiltBotProcess> _processes = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _replies = [];
    private WebApplication _connector = null!;
    private Uri _serviceUrl = null!;
    private volatile TaskCompletionSource? _hold;
    private int _activity;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _connector = builder.Build();
        _connector.MapPost("/v3/conversations/{id}/activities/{*rest}", (string id, HttpContext context) => ReplyAsync(id, context));
        _connector.MapPost("/v3/conversations/{id}/activities", (string id, HttpContext context) => ReplyAsync(id, context));
        await _connector.StartAsync();
        var address = _connector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _serviceUrl = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        // Also the processes of a test that failed half way: none may outlive the test.
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _hold?.TrySetResult();
        _http.Dispose();
        await _connector.StopAsync();
        await _connector.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task SigkillMidTurns_RedeliveredAfterRestart_EachActivityAppliedOnceNoneLost()
    {
        var port = BuiltBotProcess.FreePort();
        var bot = await StartAsync(port);
        await ForEachUserAsync(async user =>
        {
            foreach (var text in new[] { "new", $"Title {user}", $"Partner {user}" })
            {
                Assert.Equal(HttpStatusCode.OK, await SendAsync(bot, Message(user, text)));
            }
        });

        // The connector stops answering: turns save their state, then wait to send. Kill while they wait.
        _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = UserIds().Select(u => Message(u, "patient organisation")).ToList();
        var unanswered = inFlight.Select(a => Task.Run(async () => await TrySendAsync(bot, a))).ToList();
        await Eventually.TrueAsync(() => Task.FromResult(Held >= Users / 2));
        await bot.KillAsync();
        _hold.TrySetResult();
        _hold = null;
        Assert.All(await Task.WhenAll(unanswered), status => Assert.Null(status));

        // The connector redelivers every activity it got no answer for.
        await using var restarted = await StartAsync(port);
        await Task.WhenAll(inFlight.Select(async a => Assert.Equal(HttpStatusCode.OK, await SendAsync(restarted, a))));
        await ForEachUserAsync(async user =>
        {
            foreach (var text in new[] { "domestic", "GB" })
            {
                Assert.Equal(HttpStatusCode.OK, await SendAsync(restarted, Message(user, text)));
            }
        });

        using var db = await _database.CreateContextAsync();
        foreach (var user in UserIds())
        {
            await InterviewAnswers.AssertEachAppliedOnceInOrderAsync(db, $"msteams:{Conversation(user)}", user);
        }
    }

    [Fact]
    public async Task HundredConcurrentMessages_OneConversation_EachQuestionTakesOneAnswerNoLostUpdateNo5xx()
    {
        await using var bot = await StartAsync(BuiltBotProcess.FreePort());
        const string user = "crowd";
        Assert.Equal(HttpStatusCode.OK, await SendAsync(bot, Message(user, "new")));

        var texts = Enumerable.Range(0, 100).Select(i => $"Answer {i:D3}").ToList();
        var activities = texts.Select(t => Message(user, t)).ToList();
        var statuses = await Task.WhenAll(activities.Select(a => Task.Run(() => SendAsync(bot, a))));

        Assert.All(statuses, s => Assert.True((int)s < 500, $"status {(int)s}"));
        using var db = await _database.CreateContextAsync();
        var answers = await InterviewAnswers.OfAsync(db, $"msteams:{Conversation(user)}");
        var title = Assert.Single(texts, t => answers["title"] == $"[\"{t}\"]");
        var partner = Assert.Single(texts, t => answers["partner"] == $"[\"{t}\"]");
        Assert.NotEqual(title, partner);
        // Every turn that changed the conversation committed its delivery id with its state (the title and the
        // partner at least); a turn that changed nothing (the choice question re-asked: the same state) commits
        // nothing at all, so its id is not stored (Speed:ReadOnlyFromMemory). Every activity got its answer.
        var ids = activities.Select(a => $"teams-activity:{Conversation(user)}:{(string)a["id"]!}").ToList();
        Assert.InRange(await db.InboundKeys.CountAsync(k => ids.Contains(k.Key)), 2, 100);
        lock (_replies)
        {
            Assert.True(_replies.Count >= 101, $"{_replies.Count} replies to 101 activities");
        }
    }

    private int Held
    {
        get
        {
            lock (_replies)
            {
                return _replies.Count(r => r.StartsWith("held:", StringComparison.Ordinal));
            }
        }
    }

    private async Task<IResult> ReplyAsync(string conversationId, HttpContext context)
    {
        if (_hold is { } hold)
        {
            lock (_replies)
            {
                _replies.Add("held:" + conversationId);
            }

            await hold.Task;
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        lock (_replies)
        {
            _replies.Add(conversationId);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    private async Task<BuiltBotProcess> StartAsync(int port)
    {
        var process = await BuiltBotProcess.StartAsync(_database, new Dictionary<string, string>(), port);
        _processes.Add(process);
        return process;
    }

    private async Task<HttpStatusCode> SendAsync(BuiltBotProcess bot, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(bot.BaseUrl, "api/messages"), content);
        return response.StatusCode;
    }

    /// <summary>The status, or null when the process died before answering.</summary>
    private async Task<HttpStatusCode?> TrySendAsync(BuiltBotProcess bot, JsonObject activity)
    {
        try
        {
            return await SendAsync(bot, activity);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static Task ForEachUserAsync(Func<string, Task> steps) => Task.WhenAll(UserIds().Select(u => Task.Run(() => steps(u))));

    private static IEnumerable<string> UserIds() => Enumerable.Range(1, Users).Select(i => $"user{i:D2}");

    private string Conversation(string user) => $"a:{_run}-{user}";

    private JsonObject Message(string user, string text) => new()
    {
        ["type"] = "message",
        ["id"] = $"{Interlocked.Increment(ref _activity):D6}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = _serviceUrl.AbsoluteUri,
        ["text"] = text,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = $"29:{user}", ["name"] = user },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = Conversation(user), ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "PartnershipBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "en-GB",
    };
}
