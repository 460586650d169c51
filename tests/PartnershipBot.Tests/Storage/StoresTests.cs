using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Data;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Storage;

public class StoresTests : IDisposable
{
    private readonly TempDatabase database;

    public StoresTests()
        : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected StoresTests(TempDatabase database) => this.database = database;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AddressStore_UpsertTwice_KeepsOneRowWithTheLatestAddress()
    {
        await using var bot = await StartAsync();
        var store = bot.Get<IConversationAddressStore>();
        await store.UpsertAsync(Address("https://smba.example/emea/", "conv-1"), CancellationToken.None);

        await store.UpsertAsync(Address("https://smba.example/amer/", "conv-2"), CancellationToken.None);

        var found = await store.FindAsync("msteams", "29:user", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal("conv-2", found.ConversationId);
        Assert.Equal("https://smba.example/amer/", found.ServiceUrl);
        Assert.Equal("tenant-1", found.TenantId);
        Assert.Equal(clock.GetUtcNow(), found.UpdatedAt);
        Assert.Null(await store.FindAsync("slack", "29:user", CancellationToken.None));
    }

    [Fact]
    public async Task SentCardStore_Take_ReturnsOnlyThatConversationsCardsOfTheQuestion_Once()
    {
        await using var bot = await StartAsync();
        var cards = bot.Get<SentCardStore>();
        await cards.RecordAsync("msteams:a:1chat", "tok1", "activity-1", CancellationToken.None);
        await cards.RecordAsync("msteams:a:1chat", "tok1", "activity-4", CancellationToken.None);
        await cards.RecordAsync("msteams:a:1chat", "tok2", "activity-7", CancellationToken.None);
        await cards.RecordAsync("msteams:a:1other", "tok1", "activity-9", CancellationToken.None);

        // Another conversation never gets this one's message ids, even with the same question token.
        Assert.Empty(await cards.TakeAsync("msteams:a:1stranger", "tok1", CancellationToken.None));
        Assert.Equal(["activity-1", "activity-4"], await cards.TakeAsync("msteams:a:1chat", "tok1", CancellationToken.None));
        Assert.Empty(await cards.TakeAsync("msteams:a:1chat", "tok1", CancellationToken.None));
        Assert.Equal(["activity-9"], await cards.TakeAsync("msteams:a:1other", "tok1", CancellationToken.None));

        // Cards too old to be worth editing are pruned as new ones arrive.
        clock.Advance(SentCardStore.KeepFor + TimeSpan.FromDays(1));
        await cards.RecordAsync("msteams:a:1chat", "tok3", "activity-12", CancellationToken.None);
        Assert.Empty(await cards.TakeAsync("msteams:a:1chat", "tok2", CancellationToken.None));
        Assert.Equal(["activity-12"], await cards.TakeAsync("msteams:a:1chat", "tok3", CancellationToken.None));
    }

    [Fact]
    public async Task UserDirectory_NullFieldOnLaterTurn_KeepsStoredValueAndSkipsUnchangedWrites()
    {
        await using var bot = await StartAsync();
        var users = bot.Get<IUserDirectory>();
        await users.UpsertAsync("slack", "U1", "Dana", "Europe/Berlin", "de-DE", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));

        await users.UpsertAsync("slack", "U1", null, "Europe/Paris", null, CancellationToken.None);
        var afterChange = await UserAsync(bot);
        clock.Advance(TimeSpan.FromMinutes(5));
        await users.UpsertAsync("slack", "U1", null, "Europe/Paris", null, CancellationToken.None);

        var user = await UserAsync(bot);
        Assert.Equal(("Dana", "Europe/Paris", "de-DE"), (user.DisplayName, user.TimeZone, user.Locale));
        Assert.Equal(afterChange.UpdatedAt, user.UpdatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.Zero), user.UpdatedAt);
    }

    [Fact]
    public async Task Deduplicator_RepeatedKey_IsSeenOnceEvenAfterRestart()
    {
        await using (var bot = await StartAsync())
        {
            var dedupe = bot.Get<IInboundDeduplicator>();
            Assert.True(await dedupe.TryMarkSeenAsync("slack:Ev1", CancellationToken.None));
            Assert.False(await dedupe.TryMarkSeenAsync("slack:Ev1", CancellationToken.None));
        }

        await using var restarted = await StartAsync();
        Assert.False(await restarted.Get<IInboundDeduplicator>().TryMarkSeenAsync("slack:Ev1", CancellationToken.None));
        Assert.True(await restarted.Get<IInboundDeduplicator>().TryMarkSeenAsync("slack:Ev2", CancellationToken.None));
    }

    [Fact]
    public async Task Deduplicator_ConcurrentDeliveriesOfOneKey_ExactlyOneWins()
    {
        await using var bot = await StartAsync();
        var dedupe = bot.Get<IInboundDeduplicator>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => dedupe.TryMarkSeenAsync("teams:act-1", CancellationToken.None))));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task Deduplicator_KeysOlderThanRetention_ArePrunedAndNewOnesKept()
    {
        await using var bot = await StartAsync();
        var dedupe = bot.Get<IInboundDeduplicator>();
        await dedupe.TryMarkSeenAsync("old", CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(20));
        await dedupe.TryMarkSeenAsync("recent", CancellationToken.None);

        clock.Advance(TimeSpan.FromHours(6));
        await dedupe.TryMarkSeenAsync("trigger", CancellationToken.None);

        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(["recent", "trigger"], await db.InboundKeys.OrderBy(k => k.Key).Select(k => k.Key).ToListAsync());
    }

    [Fact]
    public async Task StateStore_CorruptJson_LoadsEmptyStateButKeepsTheRowForOverwrite()
    {
        await using var bot = await StartAsync();
        var factory = bot.Get<IDbContextFactory<BotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.ConversationStates.Add(new ConversationStateRow { Key = "slack:D1", Json = "[1,2", ETag = "e1", UpdatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();

        var loaded = await bot.Get<ConversationStateStore>().LoadAsync(db, "slack:D1", CancellationToken.None);

        Assert.Equal(PartnershipBot.Dialogs.Engine.ConversationState.Empty.ToJson(), loaded.State.ToJson());
        Assert.Equal("e1", loaded.ETag);
    }

    private Task<BotServices> StartAsync() => BotServices.StartAsync(database, s => s.AddSingleton<TimeProvider>(clock));

    private static async Task<UserRow> UserAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Channel == "slack" && u.UserId == "U1");
    }

    private static ConversationAddress Address(string serviceUrl, string conversationId) => new()
    {
        Channel = "msteams",
        UserId = "29:user",
        ConversationId = conversationId,
        ServiceUrl = serviceUrl,
        TenantId = "tenant-1",
    };
}
