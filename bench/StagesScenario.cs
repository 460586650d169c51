using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Turns;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// A stopwatch per stage of a turn, doing what the turn processor does, step by step, with the host's own
/// components: state load (memory, else a read), each inputs provider, the dialogs, the write phase (delivery id,
/// ETag-checked state, effects) and its commit through the turn writer, recording the user and address. One
/// conversation at a time, so each stage's cost is its own and not queueing (and every commit holds one turn).
/// Also counts the statements EF sends per turn and the commits. Not part of <c>all</c>: it explains the
/// figures, it is not a goal.
/// </summary>
internal static class StagesScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale)
    {
        var counter = new EfCommandCounter();
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>(), s => s.ConfigureDbContext<BotDbContext>(b => b.AddInterceptors(counter)));
        var services = bot.Services;
        var factory = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        var store = services.GetRequiredService<ConversationStateStore>();
        var runner = services.GetRequiredService<ITurnRunner>();
        var writer = services.GetRequiredService<ITurnWriter>();
        var providers = services.GetServices<ITurnInputsProvider>().ToArray();
        var handlers = services.GetServices<IEffectHandler>().ToArray();
        var users = services.GetRequiredService<IUserDirectory>();
        var addresses = services.GetRequiredService<IConversationAddressStore>();
        var timings = new Dictionary<string, List<long>>();
        const string WriteStage = "4 write: delivery id, state, effects, commit";
        long writeAllocated = 0, writeCount = 0;

        void Add(string stage, long started) =>
            (timings.TryGetValue(stage, out var list) ? list : timings[stage] = []).Add(Stopwatch.GetTimestamp() - started);

        var turns = scale.Count(3_000, InterviewScript.Length);
        var steady = turns / 10;
        var commitsBefore = 0L;
        for (var i = 0; i < turns; i++)
        {
            if (i == steady)
            {
                counter.Reset();
                commitsBefore = (writer as SqliteGroupCommit)?.Commits ?? 0;
            }

            var userIndex = i % 50;
            var who = new ChannelUser(ChannelIds.Teams, $"29:stage-user-{userIndex}", $"Stage User {userIndex}");
            var conversation = new ConversationRef(ChannelIds.Teams, $"a:stage-{userIndex}");
            // Half help (the Teams load), half the interview (drafts saved every answer).
            var turn = i % 2 == 0
                ? InterviewScript.TurnAt(0, who, conversation, $"stage-{i}") with { Text = "help" }
                : InterviewScript.TurnAt(i / 100, who, conversation, $"stage-{i}");

            var t = Stopwatch.GetTimestamp();
            LoadedState loaded;
            var inputs = TurnInputs.Empty;
            await using (var db = await factory.CreateDbContextAsync())
            {
                loaded = await store.LoadAsync(db, conversation.Key, CancellationToken.None);
                Add("1 state load (memory, else a read)", t);
                foreach (var provider in providers)
                {
                    t = Stopwatch.GetTimestamp();
                    inputs = await provider.LoadAsync(turn, db, inputs, CancellationToken.None);
                    Add($"2 inputs {provider.GetType().Name}", t);
                }
            }

            t = Stopwatch.GetTimestamp();
            var result = runner.Run(turn, loaded.State, inputs);
            Add("3 dialogs", t);

            // The write phase's allocations (mostly on this thread: a lone turn commits on its own thread).
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            t = Stopwatch.GetTimestamp();
            LoadedState? saved = null;
            await writer.WriteAsync(async (tx, ct) =>
            {
                if (!await InboundKeys.TryInsertAsync(tx, $"teams-activity:{conversation.Id}:stage-{i}", DateTimeOffset.UtcNow, ct)
                    || (saved = await store.TrySaveAsync(tx, loaded, result.State, ct)) is null)
                {
                    return false;
                }

                if (result.Effects.Count > 0)
                {
                    var db = tx.Context;
                    foreach (var effect in result.Effects)
                    {
                        await handlers.First(h => h.CanHandle(effect)).ApplyAsync(effect, turn, db, ct);
                    }

                    await db.SaveChangesAsync(ct);
                }

                return true;
            }, CancellationToken.None);
            Add(WriteStage, t);
            if (i >= steady)
            {
                writeAllocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                writeCount++;
            }
            if (saved is not null)
            {
                store.Remember(saved);
            }

            t = Stopwatch.GetTimestamp();
            await users.UpsertAsync(who.Channel, who.Id, who.DisplayName, null, null, CancellationToken.None);
            Add("5 user upsert", t);
            t = Stopwatch.GetTimestamp();
            await addresses.UpsertAsync(new ConversationAddress { Channel = who.Channel, UserId = who.Id, ConversationId = conversation.Id, ServiceUrl = "http://127.0.0.1:9/" }, CancellationToken.None);
            Add("6 address upsert", t);
        }

        var measured = Math.Max(1, turns - steady);
        var commits = (writer as SqliteGroupCommit)?.Commits - commitsBefore;
        var perTurn = new BenchResult("stage.per_turn", 0, 0, 0)
        {
            Operations = measured,
            Note = "EF statements per turn; the delivery id, state, inbox and user/address writes are plain ADO (not counted), and a group commit adds SAVEPOINT/RELEASE per turn",
            Extra = new Dictionary<string, double>
            {
                ["ef_reads"] = counter.Reads / (double)measured,
                ["ef_writes"] = counter.Writes / (double)measured,
                ["connection_opens"] = counter.Opens / (double)measured,
                ["commits"] = commits is { } c ? c / (double)measured : double.NaN,
            },
        };
        return [.. timings.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => Result(s.Key, s.Value) with { AllocatedBytesPerOp = s.Key == WriteStage ? writeAllocated / Math.Max(1, writeCount) : null }), perTurn];
    }

    private static BenchResult Result(string stage, List<long> ticks)
    {
        // The first turns pay for JIT and EF model building; the steady state is what a busy bot sees.
        var steady = ticks.Skip(ticks.Count / 10).Order().ToArray();
        var load = new LoadResult(steady, steady.Length, 0, TimeSpan.FromTicks(1));
        var mean = steady.Length == 0 ? 0 : steady.Average() * 1000.0 / Stopwatch.Frequency;
        return new BenchResult("stage." + stage[2..].Replace(' ', '_'), mean == 0 ? 0 : 1000 / mean, load.Percentile(50), load.Percentile(99))
        {
            Operations = steady.Length,
            Extra = new Dictionary<string, double> { ["mean_ms"] = mean },
        };
    }
}
