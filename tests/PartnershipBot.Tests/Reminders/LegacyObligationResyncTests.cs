using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Console;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// A German patient organisation's grant submitted by an earlier version got the ABPI date ("annual_disclosure:2027",
/// 30 June 2028). After the update the stored answers are worked out again: that row is withdrawn, with its history,
/// and the per-country obligation (the FSA code's rule for DE, date not confirmed, to compliance) takes its place, once.
/// </summary>
public sealed class LegacyObligationResyncTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task RunAsync_OldAbpiDefaultRow_WithdrawnAndReplacedByTheCountryRuleOnce()
    {
        await using var bot = await BotServices.StartAsync(database);
        var script = string.Join('\n',
            "new", "Elternhilfe toolkit", "Elternhilfe", "1", "1", "Germany", "Germany", "1", "2027-05-01", "2028-04-30", "yes", "1", "25000", "EUR", "1", "2027-03-15", "1",
            "Patients get answers in their own words", "yes", "1", "1", "A steering group with patients", "quarterly", "drafted", "company website", "yes",
            "A joint poster", "submit", "quit") + "\n";
        using var output = new StringWriter();
        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("dana", new StringReader(script), output, interactive: false, CancellationToken.None);
        Assert.Contains("Submitted", output.ToString(), StringComparison.Ordinal);

        await using (var db = await database.CreateContextAsync())
        {
            // What the earlier version stored: one annual disclosure, ABPI's date, whatever the country.
            var collaboration = await db.Collaborations.SingleAsync();
            db.Obligations.Add(new ObligationRow
            {
                Id = Guid.NewGuid(),
                CollaborationId = collaboration.Id,
                Key = "annual_disclosure:2027",
                Kind = "annual_disclosure",
                Title = "Public disclosure of 2027 support",
                Due = new DateOnly(2028, 6, 30),
                SourceId = "abpi-2024",
                Status = "open",
                OwnerChannel = collaboration.CreatedByChannel,
                OwnerUserId = collaboration.CreatedByUserId,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var resync = bot.Get<LegacyObligationResync>();
        Assert.Equal(1, await resync.RunAsync(CancellationToken.None));
        Assert.Equal(0, await resync.RunAsync(CancellationToken.None));

        await using var after = await database.CreateContextAsync();
        var legacy = await after.Obligations.SingleAsync(o => o.Key == "annual_disclosure:2027");
        Assert.Equal("withdrawn", legacy.Status);
        Assert.Contains(await after.ObligationEvents.Where(e => e.ObligationId == legacy.Id).Select(e => e.Action).ToListAsync(), a => a == "withdrawn");
        var german = await after.Obligations.SingleAsync(o => o.Key == "disclosure:DE:de-fsa");
        Assert.Equal(("open", (DateOnly?)null), (german.Status, german.Due));
        Assert.DoesNotContain(await after.Obligations.Where(o => o.Status == "open").Select(o => o.SourceId).ToListAsync(), s => s == "abpi-2024");
    }
}
