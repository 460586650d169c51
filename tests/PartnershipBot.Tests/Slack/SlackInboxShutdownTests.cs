using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// A graceful stop drains the Slack inbox while the shutdown timeout allows and leaves the rest in the inbox,
/// where the next start runs it, in order.
/// </summary>
public sealed class SlackInboxShutdownTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private int _event;

    public async Task InitializeAsync() => _slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Stop_WithTimeToSpare_DrainsTheInbox()
    {
        var bot = Bot(shutdownSeconds: 30);
        foreach (var text in new[] { "new", "Asthma toolkit", "Breathe Easy UK" })
        {
            await SayAsync(bot, text);
        }

        await bot.DisposeAsync();

        using var db = await _database.CreateContextAsync();
        Assert.Equal(3, await db.Inbox.CountAsync(r => r.DoneAt != null));
        Assert.Contains(_slack.Api("chat.postMessage"), c => (c["text"] ?? "").Contains("What kind of organisation is the partner?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_WhileSlackHangs_LeavesTheRestForTheNextStartWhichRunsItInOrder()
    {
        _slack.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = Bot(shutdownSeconds: 1);
        foreach (var text in new[] { "new", "Asthma toolkit", "Breathe Easy UK" })
        {
            await SayAsync(bot, text);
        }

        await _slack.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await bot.DisposeAsync();
        using (var db = await _database.CreateContextAsync())
        {
            Assert.Equal(3, await db.Inbox.CountAsync(r => r.DoneAt == null && r.AppliedAt == null));
        }

        _slack.Hold.TrySetResult();
        _slack.Hold = null;
        await using var next = Bot(shutdownSeconds: 30);
        _ = next.Server;

        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains("What kind of organisation is the partner?", StringComparison.Ordinal));
        using var after = await _database.CreateContextAsync();
        var answers = await after.Answers.ToDictionaryAsync(a => a.QuestionId, a => a.ValuesJson);
        Assert.Equal("[\"Asthma toolkit\"]", answers["title"]);
        Assert.Equal("[\"Breathe Easy UK\"]", answers["partner"]);
    }

    private SlackBotFactory Bot(int shutdownSeconds) => new(_slack, database: _database, settings: new Dictionary<string, string?>
    {
        ["shutdownTimeoutSeconds"] = $"{shutdownSeconds}",
        ["Slack:ChannelMessageInterval"] = "00:00:00.001",
    });

    private async Task SayAsync(SlackBotFactory bot, string text)
    {
        using var response = await bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage($"Ev{++_event}{_run}", text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
