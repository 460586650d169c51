using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Turns;

public class TurnProcessorTests : IDisposable
{
    private readonly TempDatabase database;

    public TurnProcessorTests()
        : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected TurnProcessorTests(TempDatabase database) => this.database = database;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ProcessAsync_NewConversation_SavesStateBeforeSendingReplies()
    {
        await using var bot = await BotServices.StartAsync(database);
        var factory = bot.Get<IDbContextFactory<BotDbContext>>();
        var turn = TestTurns.Message("hello", displayName: "Alice");
        var savedAtSend = false;
        var sender = new RecordingSender(async _ => savedAtSend = await RowAsync(factory, turn.Conversation.Key) is not null);

        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(turn, sender, CancellationToken.None);

        Assert.NotEmpty(replies);
        Assert.True(savedAtSend, "the state must be saved before the replies go out");
        Assert.Same(replies, Assert.Single(sender.Batches));
        var row = await RowAsync(factory, turn.Conversation.Key);
        Assert.NotNull(row);
        Assert.True(ConversationState.TryFromJson(row.Json, out _), "the saved state must read back");
        await using var db = await factory.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Channel == "console" && u.UserId == "alice");
        Assert.Equal("Alice", user.DisplayName);
    }

    [Fact]
    public async Task ProcessAsync_ExistingRowChangedBetweenLoadAndSave_RerunsAndSendsOnce()
    {
        await SeedConversationAsync();
        SecondWriter? writer = null;
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnInputsProvider>(sp =>
            writer = new SecondWriter(sp.GetRequiredService<IDbContextFactory<BotDbContext>>(), times: 1)));
        var sender = new RecordingSender();

        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("checklist"), sender, CancellationToken.None);

        Assert.Equal(2, writer!.Calls);
        Assert.Same(replies, Assert.Single(sender.Batches));
        Assert.DoesNotContain(EnglishTurnMessages.TooManyAtOnce, sender.Texts);
        var row = await RowAsync(bot.Get<IDbContextFactory<BotDbContext>>(), "console:alice");
        Assert.NotEqual(writer.LastETag, row!.ETag);
        Assert.Single(bot.Logs.Lines, l => l.EventId == 2001);
    }

    [Fact]
    public async Task ProcessAsync_NewConversationInsertedByAnotherWriter_RerunsAsAnUpdate()
    {
        SecondWriter? writer = null;
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnInputsProvider>(sp =>
            writer = new SecondWriter(sp.GetRequiredService<IDbContextFactory<BotDbContext>>(), times: 1)));
        var sender = new RecordingSender();

        await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("checklist"), sender, CancellationToken.None);

        Assert.Equal(2, writer!.Calls);
        Assert.Single(sender.Batches);
        Assert.DoesNotContain(EnglishTurnMessages.SomethingWentWrong, sender.Texts);
        var row = await RowAsync(bot.Get<IDbContextFactory<BotDbContext>>(), "console:alice");
        Assert.NotEqual(writer.LastETag, row!.ETag);
    }

    [Fact]
    public async Task ProcessAsync_ExistingRowChangedOnEveryAttempt_ApologisesAfterThreeAndKeepsTheOtherWrite()
    {
        await SeedConversationAsync();
        SecondWriter? writer = null;
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnInputsProvider>(sp =>
            writer = new SecondWriter(sp.GetRequiredService<IDbContextFactory<BotDbContext>>(), times: int.MaxValue)));
        var sender = new RecordingSender();

        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("checklist"), sender, CancellationToken.None);

        Assert.Equal(TurnProcessor.MaxAttempts, writer!.Calls);
        Assert.Equal(EnglishTurnMessages.TooManyAtOnce, Assert.IsType<TextReply>(Assert.Single(replies)).Text);
        Assert.Single(sender.Batches);
        var row = await RowAsync(bot.Get<IDbContextFactory<BotDbContext>>(), "console:alice");
        Assert.Equal(writer.LastETag, row!.ETag);
    }

    [Fact]
    public async Task ProcessAsync_LostAttempt_DiscardsItsEffectsAndCommitsTheRerunsOnce()
    {
        var attempt = 0;
        await using var bot = await BotServices.StartAsync(database, s =>
        {
            s.AddSingleton<ITurnInputsProvider>(sp => new SecondWriter(sp.GetRequiredService<IDbContextFactory<BotDbContext>>(), times: 1));
            // Reads the user's collaborations, as a dialog would, so the providers (and the second writer) run.
            s.AddSingleton<ITurnRunner>(new EffectingRunner(new DialogTurnRunner(BotDialogs.CreateRunner()),
                (_, inputs) => inputs.Get<PartnershipWorkspace>() is null ? [] : [new MarkEffect($"attempt:{Interlocked.Increment(ref attempt)}")]));
            s.AddSingleton<IEffectHandler, MarkHandler>();
        });

        await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), CancellationToken.None);

        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var markers = await db.InboundKeys.Select(k => k.Key).ToListAsync();
        Assert.Equal(["attempt:2"], markers);
    }

    [Fact]
    public async Task ProcessAsync_EffectHandlerThrows_ApologisesCommitsNoEffectAndConversationContinues()
    {
        var fail = true;
        await using var bot = await BotServices.StartAsync(database, s =>
        {
            s.AddSingleton<ITurnRunner>(new EffectingRunner(new DialogTurnRunner(BotDialogs.CreateRunner()),
                t => fail ? [new MarkEffect("before-failure:" + t.Id), new FailEffect()] : []));
            s.AddSingleton<IEffectHandler, MarkHandler>();
            s.AddSingleton<IEffectHandler, FailHandler>();
        });
        var processor = bot.Get<ITurnProcessor>();
        var turn = TestTurns.Message("start something");

        var replies = await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None);

        Assert.Equal(EnglishTurnMessages.SomethingWentWrong, Assert.IsType<TextReply>(Assert.Single(replies)).Text);
        var failure = Assert.Single(bot.Logs.Lines, l => l.EventId == 2003);
        Assert.Contains(turn.Id, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("start something", bot.Logs.AllText, StringComparison.Ordinal);
        var factory = bot.Get<IDbContextFactory<BotDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Empty(await db.InboundKeys.ToListAsync());
            Assert.NotNull(await RowAsync(factory, turn.Conversation.Key)); // the stack-cleared state was saved
        }

        fail = false;
        var next = await processor.ProcessAsync(TestTurns.Message("help"), new RecordingSender(), CancellationToken.None);
        Assert.DoesNotContain(next, r => r is TextReply { Text: EnglishTurnMessages.SomethingWentWrong });
    }

    [Fact]
    public async Task ProcessAsync_InputsProviderThrows_ApologisesInsteadOfThrowing()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnInputsProvider, ThrowingInputs>());
        var sender = new RecordingSender();

        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("checklist"), sender, CancellationToken.None);

        Assert.Equal(EnglishTurnMessages.SomethingWentWrong, Assert.IsType<TextReply>(Assert.Single(replies)).Text);
        Assert.Single(sender.Batches);
    }

    [Fact]
    public async Task ProcessAsync_TurnReadsNoSnapshot_LoadsNone()
    {
        var counting = new CountingInputs();
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnInputsProvider>(counting));

        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("help"), new RecordingSender(), CancellationToken.None);

        Assert.NotEmpty(replies);
        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public async Task ProcessAsync_TurnReadsASnapshot_LoadsThemOnceAndAnswersFromThem()
    {
        var counting = new CountingInputs();
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnInputsProvider>(counting));
        var sender = new RecordingSender();

        await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("checklist"), sender, CancellationToken.None);

        Assert.Equal(1, counting.Calls);
        Assert.Contains(sender.Texts, t => t.Contains("no collaborations yet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_CorruptStoredState_StartsAfreshAndOverwritesIt()
    {
        await using var bot = await BotServices.StartAsync(database);
        var factory = bot.Get<IDbContextFactory<BotDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.ConversationStates.Add(new ConversationStateRow { Key = "console:alice", Json = "{not json", ETag = "e1", UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), CancellationToken.None);

        Assert.DoesNotContain(replies, r => r is TextReply { Text: EnglishTurnMessages.SomethingWentWrong });
        var row = await RowAsync(factory, "console:alice");
        Assert.NotEqual("e1", row!.ETag);
        _ = ConversationState.FromJson(row.Json);
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 1005 && l.Level == LogLevel.Warning && !l.Message.Contains("alice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_TwentyConcurrentTurnsOnOneInstance_EveryTurnIsCounted()
    {
        await using var bot = await StartCountingAsync();
        var processor = bot.Get<ITurnProcessor>();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => processor.ProcessAsync(TestTurns.Message($"message {i}"), new RecordingSender(), CancellationToken.None))));

        Assert.All(replies, r => Assert.DoesNotContain(r, x => x is TextReply { Text: EnglishTurnMessages.TooManyAtOnce or EnglishTurnMessages.SomethingWentWrong }));
        Assert.Equal(20, await CounterHandler.ReadAsync(bot.Get<IDbContextFactory<BotDbContext>>()));
        Assert.Equal(0, bot.Get<KeyedAsyncLock>().ActiveKeys);
    }

    [Fact]
    public async Task ProcessAsync_ConcurrentTurnsOnTwoInstances_NoCommittedTurnIsLost()
    {
        await using var one = await StartCountingAsync();
        await using var two = await StartCountingAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
        {
            var processor = (i % 2 == 0 ? one : two).Get<ITurnProcessor>();
            return Task.Run(() => processor.ProcessAsync(TestTurns.Message($"message {i}"), new RecordingSender(), CancellationToken.None));
        }));

        // Across instances only the ETag serialises: a turn either commits its count or tells the user to resend.
        Assert.All(replies, r => Assert.DoesNotContain(r, x => x is TextReply { Text: EnglishTurnMessages.SomethingWentWrong }));
        var committed = replies.Count(r => !r.Any(x => x is TextReply { Text: EnglishTurnMessages.TooManyAtOnce }));
        Assert.True(committed >= 10, $"only {committed} of 20 turns committed");
        Assert.Equal(committed, await CounterHandler.ReadAsync(one.Get<IDbContextFactory<BotDbContext>>()));
    }

    [Fact]
    public async Task ProcessAsync_TurnsWithEffects_LeaveNoContextOnTheWritersConnection()
    {
        await using var bot = await StartCountingAsync();
        var processor = bot.Get<ITurnProcessor>();
        for (var i = 0; i < 5; i++)
        {
            await processor.ProcessAsync(TestTurns.Message($"message {i}"), new RecordingSender(), CancellationToken.None);
        }

        // Contexts are pooled; one that had the writer's connection set for the effects would come back open
        // (inside the writer's transaction) instead of on a connection of its own.
        var factory = bot.Get<IDbContextFactory<BotDbContext>>();
        var contexts = Enumerable.Range(0, 32).Select(_ => factory.CreateDbContext()).ToList();
        try
        {
            Assert.All(contexts, db => Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State));
        }
        finally
        {
            contexts.ForEach(db => db.Dispose());
        }

        Assert.Equal(5, await CounterHandler.ReadAsync(factory));
    }

    private async Task SeedConversationAsync()
    {
        await using var seed = await BotServices.StartAsync(database);
        await seed.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("hi"), new RecordingSender(), CancellationToken.None);
    }

    private Task<BotServices> StartCountingAsync() => BotServices.StartAsync(database, s =>
    {
        s.AddSingleton<ITurnRunner>(EffectingRunner.Counting());
        s.AddSingleton<ITurnInputsProvider, CounterInputs>();
        s.AddSingleton<IEffectHandler, CounterHandler>();
    });

    private static async Task<ConversationStateRow?> RowAsync(IDbContextFactory<BotDbContext> factory, string key)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.ConversationStates.AsNoTracking().SingleOrDefaultAsync(x => x.Key == key);
    }

    private sealed class CountingInputs : ITurnInputsProvider
    {
        private int calls;

        public int Calls => calls;

        public Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(inputs);
        }
    }

    private sealed class ThrowingInputs : ITurnInputsProvider
    {
        public Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken) =>
            throw new TimeoutException("snapshot store down");
    }
}
