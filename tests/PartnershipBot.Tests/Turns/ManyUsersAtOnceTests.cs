using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Turns;

/// <summary>
/// Many users at once on one SQLite file: in-process write contention must never cost a user their answer. Their
/// turns' writes share group commits, so one turn that fails inside a commit must not take the others with it.
/// </summary>
public sealed class ManyUsersAtOnceTests : IDisposable
{
    private const int Users = 64;
    private const int TurnsPerUser = 8;
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ProcessAsync_ManyUsersAtOnceOnOneSqliteFile_EveryTurnIsAppliedOnceAndOnlyTheFailingOneIsLost()
    {
        await using var bot = await BotServices.StartAsync(database, s =>
        {
            // Every turn stages a marker row; "fail" turns also stage an effect that throws inside the commit.
            s.AddSingleton<ITurnRunner>(new EffectingRunner(
                new DialogTurnRunner(BotDialogs.CreateRunner()),
                turn => turn.Text == "fail" ? [new MarkEffect("applied:" + turn.Id), new FailEffect()] : [new MarkEffect("applied:" + turn.Id)]));
            s.AddSingleton<IEffectHandler, MarkHandler>();
            s.AddSingleton<IEffectHandler, FailHandler>();
        });
        var processor = bot.Get<ITurnProcessor>();
        var turns = new List<(Turn Turn, IReadOnlyList<Reply> Replies)>();

        async Task UserAsync(int user)
        {
            for (var n = 0; n < TurnsPerUser; n++)
            {
                // One user in eight fails one turn halfway, while the others' writes share its commit.
                var text = user % 8 == 0 && n == TurnsPerUser / 2 ? "fail" : $"message {n}";
                var turn = TestTurns.Message(text, user: $"user-{user}");
                var replies = await processor.ProcessAsync(turn, new RecordingSender(), new TurnDelivery { Key = "delivery:" + turn.Id }, CancellationToken.None);
                lock (turns)
                {
                    turns.Add((turn, replies));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Users).Select(u => Task.Run(() => UserAsync(u)))).WaitAsync(TimeSpan.FromSeconds(60));

        var failing = turns.Where(t => t.Turn.Text == "fail").ToList();
        var applied = turns.Except(failing).ToList();
        Assert.Equal(Users / 8, failing.Count);
        Assert.All(failing, t => Assert.Contains(t.Replies, r => r is TextReply { Text: EnglishTurnMessages.SomethingWentWrong }));
        Assert.All(applied, t => Assert.DoesNotContain(t.Replies, r => r is TextReply { Text: EnglishTurnMessages.TooManyAtOnce or EnglishTurnMessages.TryAgainShortly or EnglishTurnMessages.SomethingWentWrong }));

        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var keys = await db.InboundKeys.Select(k => k.Key).ToListAsync();
        Assert.Equal(applied.Select(t => "applied:" + t.Turn.Id).Order(), keys.Where(k => k.StartsWith("applied:", StringComparison.Ordinal)).Order());
        Assert.Equal(applied.Select(t => "delivery:" + t.Turn.Id).Order(), keys.Where(k => k.StartsWith("delivery:", StringComparison.Ordinal)).Order());
        Assert.Equal(Users, await db.ConversationStates.CountAsync());
        Assert.Equal(Users, await db.Users.CountAsync(u => u.Channel == "console"));

        // The writes really were grouped: fewer commits than turns written.
        var group = Assert.IsType<SqliteGroupCommit>(bot.Get<ITurnWriter>());
        Assert.True(group.Commits < group.Writes, $"{group.Commits} commits for {group.Writes} writes");
    }
}
