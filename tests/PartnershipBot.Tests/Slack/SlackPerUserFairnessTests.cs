using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Data;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>One member clicking or typing fast is slowed down alone; everyone else in the workspace carries on.</summary>
public sealed class SlackPerUserFairnessTests : IAsyncLifetime
{
    private const string OtherUser = "U0OTHER02";
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    private static async Task<string?> CommandAsync(SlackBotFactory bot, Uri responseUrl, string user)
    {
        using var response = await bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("list", responseUrl, user: user));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        return (string?)ack["text"];
    }

    [Fact]
    public async Task Commands_OneUserOverTheRate_IsAskedToWaitAndOthersAreServed()
    {
        await using var bot = new SlackBotFactory(slack, settings: new Dictionary<string, string?> { ["Slack:UserRequestsPerMinute"] = "3" });
        var url = slack.ResponseUrl("r");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("On it…", await CommandAsync(bot, url, SlackBotFactory.User));
        }

        var limited = await CommandAsync(bot, url, SlackBotFactory.User);
        Assert.Contains("faster than I can answer", limited, StringComparison.Ordinal);
        Assert.Equal("On it…", await CommandAsync(bot, url, OtherUser));
        Assert.Single(bot.Logs.Lines, l => l.Message.Contains("rate limit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InboxStore_PartitionAtItsShare_RefusesOnlyThatPartition()
    {
        using var database = new TempDatabase();
        await using var services = await BotServices.StartAsync(database);
        var store = new InboxStore(services.Get<IDbContextFactory<BotDbContext>>(), TimeProvider.System);

        Assert.Equal(InboxAddResult.Added, await store.TryAddAsync("command", "T1:U1", "k1", "{}", capacity: 10, partitionCapacity: 2, CancellationToken.None));
        Assert.Equal(InboxAddResult.Added, await store.TryAddAsync("command", "T1:U1", "k2", "{}", capacity: 10, partitionCapacity: 2, CancellationToken.None));

        Assert.Equal(InboxAddResult.PartitionFull, await store.TryAddAsync("command", "T1:U1", "k3", "{}", capacity: 10, partitionCapacity: 2, CancellationToken.None));
        Assert.Equal(InboxAddResult.Added, await store.TryAddAsync("command", "T1:U2", "k4", "{}", capacity: 10, partitionCapacity: 2, CancellationToken.None));
        // A resend of a row already waiting is still recognised as a duplicate, not refused.
        Assert.Equal(InboxAddResult.Duplicate, await store.TryAddAsync("command", "T1:U1", "k1", "{}", capacity: 10, partitionCapacity: 2, CancellationToken.None));
    }
}
