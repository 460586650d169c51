using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Console;
using PartnershipBot.Dashboard;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Partnerships;

/// <summary>
/// Evidence names who acted by a stable id (channel:userId) beside the display name, which a Slack user can edit:
/// a tick and a done deadline keep it on their rows, in the audit trail and in the exports.
/// </summary>
public sealed class StableActorIdsTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task TickAndDone_StoreTheActorsChannelAndUserIdWithTheName_InRowsAuditTrailAndExports()
    {
        // dana's submitted collaboration, as the last release left it (see UpgradeFromReleaseTests).
        File.Copy(RepoFiles.Path("tests", "PartnershipBot.Tests", "Data", "Fixtures", "release-5.sqlite.db"), database.FilePath);
        await using var bot = await BotServices.StartAsync(database);
        using var output = new StringWriter();

        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System)
            .RunAsync("dana", new StringReader("done 3\nreminders\nquit\n"), output, interactive: false, CancellationToken.None);

        Assert.Contains("Ticked item 3", output.ToString(), StringComparison.Ordinal);
        await using var db = await database.CreateContextAsync();
        // The item the last release ticked has no id (it was not kept then); the new tick has it.
        var done = await db.ChecklistItems.Where(i => i.Done).ToListAsync();
        Assert.Equal(2, done.Count);
        Assert.Single(done, i => i.DoneById == "console:dana");
        var tick = await db.AuditEvents.Where(e => e.Action == "checklist.done").OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal("console:dana", tick.ActorId);
        Assert.NotEqual("console:dana", tick.Actor);

        var queries = new DashboardQueries(bot.Get<IDbContextFactory<BotDbContext>>(), bot.Get<PartnershipBot.Dialogs.Guidance.GuidancePack>(), TimeProvider.System);
        var trail = await queries.AuditTrailAsync(new DashboardViewer("compliance", IsCompliance: true, [], IsLocal: false), null, null, CancellationToken.None);
        var audit = DashboardExports.Audit(trail);
        var who = audit.Headers.ToList().IndexOf("Who (id)");
        Assert.True(who >= 0);
        Assert.Contains(audit.Rows, r => Equals(r[who], "console:dana") && Equals(r[audit.Headers.ToList().IndexOf("Action")], "checklist.done"));
    }
}
