using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Storage;
using PartnershipBot.Turns;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// A stopwatch per stage of a turn, doing what the turn processor and the Teams handler do, step by step, with
/// the host's own components: de-duplication, state load, each inputs provider, the dialogs, staging state and
/// effects, the commit, recording the user and address. One conversation at a time, so each stage's cost is its
/// own and not queueing. Not part of <c>all</c>: it explains the figures, it is not a goal.
/// </summary>
internal static class StagesScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale)
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>());
        var services = bot.Services;
        var factory = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        var store = services.GetRequiredService<ConversationStateStore>();
        var runner = services.GetRequiredService<ITurnRunner>();
        var providers = services.GetServices<ITurnInputsProvider>().ToArray();
        var handlers = services.GetServices<IEffectHandler>().ToArray();
        var dedupe = services.GetRequiredService<IInboundDeduplicator>();
        var users = services.GetRequiredService<IUserDirectory>();
        var addresses = services.GetRequiredService<IConversationAddressStore>();
        var timings = new Dictionary<string, List<long>>();

        void Add(string stage, long started) =>
            (timings.TryGetValue(stage, out var list) ? list : timings[stage] = []).Add(Stopwatch.GetTimestamp() - started);

        var turns = scale.Count(3_000, InterviewScript.Length);
        for (var i = 0; i < turns; i++)
        {
            var userIndex = i % 50;
            var who = new ChannelUser(ChannelIds.Teams, $"29:stage-user-{userIndex}", $"Stage User {userIndex}");
            var conversation = new ConversationRef(ChannelIds.Teams, $"a:stage-{userIndex}");
            // Half help (the Teams load), half the interview (drafts saved every answer).
            var turn = i % 2 == 0
                ? InterviewScript.TurnAt(0, who, conversation, $"stage-{i}") with { Text = "help" }
                : InterviewScript.TurnAt(i / 100, who, conversation, $"stage-{i}");

            var t = Stopwatch.GetTimestamp();
            await dedupe.TryMarkSeenAsync($"teams-activity:{conversation.Id}:stage-{i}", CancellationToken.None);
            Add("1 dedupe (own commit)", t);

            t = Stopwatch.GetTimestamp();
            await using (var db = await factory.CreateDbContextAsync())
            {
                var loaded = await store.LoadAsync(db, conversation.Key, CancellationToken.None);
                Add("2 state load", t);
                var inputs = TurnInputs.Empty;
                foreach (var provider in providers)
                {
                    t = Stopwatch.GetTimestamp();
                    inputs = await provider.LoadAsync(turn, db, inputs, CancellationToken.None);
                    Add($"3 inputs {provider.GetType().Name}", t);
                }

                t = Stopwatch.GetTimestamp();
                var result = runner.Run(turn, loaded.State, inputs);
                Add("4 dialogs", t);

                t = Stopwatch.GetTimestamp();
                store.Stage(db, loaded, result.State);
                foreach (var effect in result.Effects)
                {
                    await handlers.First(h => h.CanHandle(effect)).ApplyAsync(effect, turn, db, CancellationToken.None);
                }

                Add("5 stage state + effects", t);
                t = Stopwatch.GetTimestamp();
                await db.SaveChangesAsync();
                Add("6 commit", t);
            }

            t = Stopwatch.GetTimestamp();
            await users.UpsertAsync(who.Channel, who.Id, who.DisplayName, null, null, CancellationToken.None);
            Add("7 user upsert", t);
            t = Stopwatch.GetTimestamp();
            await addresses.UpsertAsync(new ConversationAddress { Channel = who.Channel, UserId = who.Id, ConversationId = conversation.Id, ServiceUrl = "http://127.0.0.1:9/" }, CancellationToken.None);
            Add("8 address upsert", t);
        }

        return [.. timings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => Result(s.Key, s.Value))];
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
