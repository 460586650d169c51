using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Turns;

/// <summary>
/// The delivery id is recorded in the same transaction as the turn's state and effects: a repeat is skipped only
/// when the first delivery really took effect, and a repeat is a log line, not a database error.
/// </summary>
public class TurnDeliveryTests : IDisposable
{
    private const string Key = "teams-activity:a:1conv:1700000000001";
    private readonly TempDatabase database;

    public TurnDeliveryTests()
        : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (PostgreSQL: see OnPostgreSqlTests), where the inbox claim SQL differs.</summary>
    protected TurnDeliveryTests(TempDatabase database) => this.database = database;

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ProcessAsync_SameDeliveryTwice_AppliesOnceAndLogsOneLineWithoutError()
    {
        await using var bot = await StartAsync(fail: () => false);
        var processor = bot.Get<ITurnProcessor>();
        var first = new RecordingSender();
        var second = new RecordingSender();

        Assert.NotEmpty(await processor.ProcessAsync(TestTurns.Message("hi"), first, new TurnDelivery { Key = Key }, CancellationToken.None));
        var repeat = await processor.ProcessAsync(TestTurns.Message("hi"), second, new TurnDelivery { Key = Key }, CancellationToken.None);

        Assert.Empty(repeat);
        Assert.Empty(second.Batches);
        Assert.Single(await MarkersAsync(bot));
        Assert.Single(bot.Logs.Lines, l => l.EventId == 2006 && l.Level == LogLevel.Information);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task ProcessAsync_FirstDeliveryFailed_RedeliveryIsApplied()
    {
        var fail = true;
        await using var bot = await StartAsync(fail: () => fail);
        var processor = bot.Get<ITurnProcessor>();

        var apology = await processor.ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), new TurnDelivery { Key = Key }, CancellationToken.None);
        Assert.Equal(EnglishTurnMessages.SomethingWentWrong, Assert.IsType<TextReply>(Assert.Single(apology)).Text);
        fail = false;
        var redelivered = await processor.ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), new TurnDelivery { Key = Key }, CancellationToken.None);

        Assert.DoesNotContain(redelivered, r => r is TextReply { Text: EnglishTurnMessages.SomethingWentWrong });
        Assert.Single(await MarkersAsync(bot));
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.True(await db.InboundKeys.AnyAsync(k => k.Key == Key));
    }

    [Fact]
    public async Task ProcessAsync_LostRaceOnSave_RecordsTheDeliveryOnceWithTheRerun()
    {
        await using (var seed = await BotServices.StartAsync(database))
        {
            await seed.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), CancellationToken.None);
        }

        await using var bot = await StartAsync(fail: () => false, s => s.AddSingleton<ITurnInputsProvider>(sp =>
            new SecondWriter(sp.GetRequiredService<IDbContextFactory<BotDbContext>>(), times: 1)));

        await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("help"), new RecordingSender(), new TurnDelivery { Key = Key }, CancellationToken.None);

        Assert.Single(bot.Logs.Lines, l => l.EventId == 2001);
        Assert.Single(await MarkersAsync(bot));
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.InboundKeys.CountAsync(k => k.Key == Key));
    }

    [Fact]
    public async Task ProcessAsync_FromInboxRow_MarksItAppliedWithStateAndRepliesNotWhenTheTurnFails()
    {
        var fail = true;
        await using var bot = await StartAsync(fail: () => fail);
        var store = bot.Get<InboxStore>();
        Assert.Equal(InboxAddResult.Added, await store.TryAddAsync("event", "T1:U1", "slack-event:Ev1", "{}", 10, 10, CancellationToken.None));
        Assert.Equal(InboxAddResult.Duplicate, await store.TryAddAsync("event", "T1:U1", "slack-event:Ev1", "{}", 10, 10, CancellationToken.None));
        var row = await store.ClaimAsync("test", TimeSpan.FromMinutes(1), CancellationToken.None);
        var delivery = new TurnDelivery { Key = row!.DedupKey, Receipt = new InboxReceipt(row.Id) { Outbox = replies => $"{replies.Count} replies" } };

        await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), delivery, CancellationToken.None);
        Assert.Null((await RowAsync(bot, row.Id)).AppliedAt);
        fail = false;
        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), delivery, CancellationToken.None);

        var applied = await RowAsync(bot, row.Id);
        Assert.NotNull(applied.AppliedAt);
        Assert.Equal($"{replies.Count} replies", applied.Outbox);
        Assert.Single(await MarkersAsync(bot));
        await store.MarkDoneAsync(row.Id, CancellationToken.None);
        Assert.Equal(0, (await store.DepthAsync(CancellationToken.None)).Waiting);
        Assert.Null((await RowAsync(bot, row.Id)).Outbox);
    }

    private Task<BotServices> StartAsync(Func<bool> fail, Action<IServiceCollection>? more = null) =>
        BotServices.StartAsync(database, s =>
        {
            // Reads the user's collaborations, as a dialog would, so the snapshot providers run (a test's hook).
            s.AddSingleton<ITurnRunner>(new EffectingRunner(new DialogTurnRunner(BotDialogs.CreateRunner()),
                (t, inputs) => inputs.Get<PartnershipWorkspace>() is null ? [] : fail() ? [new FailEffect()] : [new MarkEffect("applied:" + t.Id)]));
            s.AddSingleton<IEffectHandler, MarkHandler>();
            s.AddSingleton<IEffectHandler, FailHandler>();
            s.AddSingleton<InboxStore>();
            more?.Invoke(s);
        });

    private static async Task<InboxRow> RowAsync(BotServices bot, long id)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Inbox.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private static async Task<List<string>> MarkersAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.InboundKeys.Where(k => k.Key.StartsWith("applied:")).Select(k => k.Key).ToListAsync();
    }
}
