using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// A turn saved but never answered (the process stopped between the commit and the send) is answered when the
/// connector redelivers the activity: its replies were kept with the delivery id in the turn's transaction.
/// </summary>
public sealed class TeamsOutboxTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Redelivery_AfterTheFirstProcessSavedButNeverSent_SendsTheSavedRepliesOnceThenNeverAgain()
    {
        var activity = Fixtures.Load("personal-message", fake.ServiceUrl, "outbox");
        activity["text"] = "help";
        var json = activity.ToJsonString();

        // The first process saves the turn, then its send goes nowhere (a refusal stands in for the process dying).
        await using (var first = new TeamsBotFactory(fake, database: database))
        {
            fake.FailNext(403);
            Assert.Equal(HttpStatusCode.OK, (await first.PostActivityAsync(json)).StatusCode);
        }

        var before = fake.ConnectorRequests.Count;
        await using (var second = new TeamsBotFactory(fake, database: database))
        {
            // The connector redelivers the same activity to the restarted bot: the turn is found applied (not run
            // again) and its saved replies go out.
            Assert.Equal(HttpStatusCode.OK, (await second.PostActivityAsync(json)).StatusCode);
            var resent = fake.ConnectorRequests.Skip(before).ToList();
            Assert.NotEmpty(resent);
            Assert.Contains(resent, r => r.Body.Contains("new", StringComparison.Ordinal));

            // A further redelivery finds them sent.
            var after = fake.ConnectorRequests.Count;
            Assert.Equal(HttpStatusCode.OK, (await second.PostActivityAsync(json)).StatusCode);
            Assert.Equal(after, fake.ConnectorRequests.Count);
        }

        await using var db = await database.CreateContextAsync();
        var row = await db.Set<PartnershipBot.Channels.Teams.TeamsOutboxRow>().SingleAsync();
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task Redelivery_OfATurnWhoseRepliesWentOut_SendsNothing()
    {
        var activity = Fixtures.Load("personal-message", fake.ServiceUrl, "outbox-sent");
        activity["text"] = "help";
        var json = activity.ToJsonString();
        await using var bot = new TeamsBotFactory(fake, database: database);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(json)).StatusCode);
        var after = fake.ConnectorRequests.Count;

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(json)).StatusCode);

        Assert.Equal(after, fake.ConnectorRequests.Count);
        await using var db = await database.CreateContextAsync();
        Assert.NotNull((await db.Set<PartnershipBot.Channels.Teams.TeamsOutboxRow>().SingleAsync()).SentAt);
    }
}
