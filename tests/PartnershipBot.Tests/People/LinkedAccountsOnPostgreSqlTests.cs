using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.People;

/// <summary>
/// The linked-account tests once more on PostgreSQL, and the race only a database with real concurrent writers
/// has: two instances taking the same code at the same moment. Exactly one account is linked; the other is told
/// the code was used (its turn lost the conditional spend and ran again on fresh data).
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class LinkedAccountsOnPostgreSqlTests(PostgreSqlServer server) : LinkedAccountsTests(server.CreateDatabase())
{
    [Fact]
    public async Task TwoInstances_SameCodeAtOnce_OneWins_TheOtherIsToldItWasUsed()
    {
        await using var second = await StartAsync();
        for (var round = 0; round < 5; round++)
        {
            var teamsUser = $"29:owner-{round}";
            var code = CodeIn(await SayAsync(ChannelIds.Teams, teamsUser, "link"));

            var (one, two) = ($"T0TEAM001:U0ONE{round}", $"T0TEAM001:U0TWO{round}");
            var replies = await Task.WhenAll(
                Task.Run(() => SayOnAsync(Bot, ChannelIds.Slack, one, $"link {code}")),
                Task.Run(() => SayOnAsync(second, ChannelIds.Slack, two, $"link {code}")));

            // The whole replies in the message: a failure under load must say what each instance answered.
            var both = string.Join("\n--- the other instance ---\n", replies);
            Assert.True(replies.Count(r => r.Contains("Linked:", StringComparison.Ordinal)) == 1, both);
            Assert.True(replies.Count(r => r.Contains("That code was already used", StringComparison.Ordinal)) == 1, both);
            await using var db = await Database.CreateContextAsync();
            var linked = await db.PersonAccounts.Where(a => a.UserId == one || a.UserId == two).Select(a => a.UserId).ToListAsync();
            Assert.Equal([replies[0].Contains("Linked:", StringComparison.Ordinal) ? one : two], linked);
            Assert.Equal(1, await db.LinkEvents.CountAsync(e => e.Action == "link.joined" && e.OtherId == $"msteams:{teamsUser}"));
        }
    }

    private async Task<string> SayOnAsync(BotServices instance, string channel, string user, string text)
    {
        var turn = TestTurns.Message(text, user, channel) with { Timestamp = Clock.GetUtcNow() };
        return Text(await instance.Get<PartnershipBot.Turns.ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None));
    }
}
