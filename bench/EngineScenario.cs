using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Turns;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The interview through DialogRunner alone (BenchmarkDotNet, in process), then through the turn processor on
/// SQLite with durable state: many users at once, one conversation each, every turn committed before its reply.
/// </summary>
internal static class EngineScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale) =>
        [.. RunDialogRunner(scale), await RunDurableAsync(scale)];

    // Two lines: the state carried in memory (engine.dialogrunner, as before), and saved and loaded around every
    // turn as the durable host does (engine.dialogrunner.saved: FromJson, Run, ToJson).
    private static IReadOnlyList<BenchResult> RunDialogRunner(BenchScale scale)
    {
        var job = (scale.IsQuick ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "partnershipbot-bench-artifacts"));
        var summary = BenchmarkRunner.Run<DialogRunnerBenchmarks>(config);
        return
        [
            Result(summary, nameof(DialogRunnerBenchmarks.Interview), "engine.dialogrunner", "per turn of the interview", scale),
            Result(summary, nameof(DialogRunnerBenchmarks.InterviewSavedEachTurn), "engine.dialogrunner.saved", "per turn, state loaded and saved around each", scale),
        ];
    }

    private static BenchResult Result(Summary summary, string method, string name, string what, BenchScale scale)
    {
        var report = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        if (report.ResultStatistics is not { } stats)
        {
            return new BenchResult(name, 0, 0, 0) { Ok = false, Note = "BenchmarkDotNet produced no result" };
        }

        // One benchmark operation is one turn (OperationsPerInvoke), so these are per turn.
        var nsPerTurn = stats.Mean;
        return new BenchResult(name, 1e9 / nsPerTurn, stats.Percentiles.P50 / 1e6, stats.Percentiles.Percentile(99) / 1e6)
        {
            AllocatedBytesPerOp = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase),
            Operations = (int)Math.Min(int.MaxValue, report.GcStats.TotalOperations),
            Note = "BenchmarkDotNet " + (scale.IsQuick ? "Dry" : "ShortRun") + ", " + what,
        };
    }

    private static async Task<BenchResult> RunDurableAsync(BenchScale scale)
    {
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>());
        var processor = bot.Services.GetRequiredService<ITurnProcessor>();
        var users = scale.Count(full: 256, quick: 2);
        var turnsPerUser = scale.Count(full: 4 * InterviewScript.Length, quick: InterviewScript.Length);
        var sender = new DiscardingSender();

        // Each user is a worker running its own conversation turn after turn (a conversation's turns are serial).
        var step = new int[users];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var load = await LoadDriver.RunAsync(users * turnsPerUser, users, scale.Limit(60), async index =>
        {
            var user = index % users;
            var n = Interlocked.Increment(ref step[user]) - 1;
            var who = new ChannelUser(ChannelIds.Console, $"bench-user-{user}", $"Bench User {user}");
            var turn = InterviewScript.TurnAt(n, who, new ConversationRef(ChannelIds.Console, who.Id), $"bench-{index}");
            var replies = await processor.ProcessAsync(turn, sender, CancellationToken.None);
            return n % InterviewScript.Length != InterviewScript.TenthAnswerStep
                || InterviewScript.Describe(replies).Contains(InterviewScript.AfterTenthAnswer, StringComparison.OrdinalIgnoreCase);
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return BenchResult.FromLoad("engine.durable", load, $"{users} users, one conversation each, SQLite") with
        {
            AllocatedBytesPerOp = load.Completed == 0 ? null : allocated / load.Completed,
        };
    }

    private sealed class DiscardingSender : IReplySender
    {
        public Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>One interview cycle through the pure DialogRunner, state carried from turn to turn as the host would.</summary>
[MemoryDiagnoser]
public class DialogRunnerBenchmarks
{
    private DialogRunner runner = null!;
    private Turn[] turns = [];
    private TurnInputs inputs = TurnInputs.Empty;

    [GlobalSetup]
    public void Setup()
    {
        runner = BotDialogs.CreateRunner(new BotDialogsBuilder().AddPartnerships(GuidancePack.LoadDefault()));
        var user = new ChannelUser(ChannelIds.Console, "bench", "Bench User");
        var conversation = new ConversationRef(ChannelIds.Console, "bench");
        turns = [.. Enumerable.Range(0, InterviewScript.Length).Select(i => InterviewScript.TurnAt(i, user, conversation, $"t{i}"))];
        inputs = TurnInputs.Empty.With(PartnershipWorkspace.Empty);
        var state = ConversationState.Empty;
        for (var i = 0; i < turns.Length; i++)
        {
            var result = runner.Run(turns[i], state, inputs);
            state = result.State;
            if (i == InterviewScript.TenthAnswerStep && !InterviewScript.Describe(result.Replies).Contains(InterviewScript.AfterTenthAnswer, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("The interview script no longer matches the dialogs: " + InterviewScript.Describe(result.Replies));
            }
        }
    }

    [Benchmark(OperationsPerInvoke = 12)]
    public ConversationState Interview()
    {
        var state = ConversationState.Empty;
        foreach (var turn in turns)
        {
            state = runner.Run(turn, state, inputs).State;
        }

        Debug.Assert(state is not null);
        return state;
    }

    /// <summary>What the durable host does per turn: load the saved text, run the turn, save the new state.</summary>
    [Benchmark(OperationsPerInvoke = 12)]
    public string InterviewSavedEachTurn()
    {
        var json = ConversationState.Empty.ToJson();
        foreach (var turn in turns)
        {
            json = runner.Run(turn, ConversationState.FromJson(json), inputs).State.ToJson();
        }

        return json;
    }
}
