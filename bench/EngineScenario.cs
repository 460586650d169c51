using System.Collections.Concurrent;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
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

    /// <param name="settings">Extra host settings (the side-by-side runs switch one optimisation off).</param>
    /// <param name="interviewsEach">Interviews per user (4 for the scenario; fewer for the shorter side-by-side rounds).</param>
    internal static async Task<BenchResult> RunDurableAsync(BenchScale scale, IReadOnlyDictionary<string, string?>? settings = null, string name = "engine.durable", int interviewsEach = 4)
    {
        var counter = new EfCommandCounter();
        await using var bot = await BotUnderTest.StartAsync(settings ?? new Dictionary<string, string?>(), s => s.ConfigureDbContext<BotDbContext>(b => b.AddInterceptors(counter)));
        var processor = bot.Services.GetRequiredService<ITurnProcessor>();
        var users = scale.Count(full: 256, quick: 2);
        var interviews = scale.Count(full: interviewsEach, quick: 1);
        var sender = new DiscardingSender();
        var latencies = new long[users * interviews * InterviewScript.Length];
        var completed = 0;
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var deadline = new CancellationTokenSource(scale.Limit(60));

        // Each of the 256 workers is one user at a time, running its conversation turn after turn (a
        // conversation's turns are serial). "cancel" keeps the draft and "new" resumes it, so every interview is
        // a new user with a conversation of its own: the script then runs the same way every time.
        async Task UserAsync(int worker)
        {
            for (var interview = 0; interview < interviews && !deadline.IsCancellationRequested; interview++)
            {
                var who = new ChannelUser(ChannelIds.Console, $"bench-user-{worker}-{interview}", $"Bench User {worker}");
                var conversation = new ConversationRef(ChannelIds.Console, who.Id);
                for (var step = 0; step < InterviewScript.Length && !deadline.IsCancellationRequested; step++)
                {
                    var index = ((interview * users) + worker) * InterviewScript.Length + step;
                    var turn = InterviewScript.TurnAt(step, who, conversation, $"bench-{index}");
                    var started = Stopwatch.GetTimestamp();
                    var replies = await processor.ProcessAsync(turn, sender, CancellationToken.None);
                    latencies[index] = Stopwatch.GetTimestamp() - started;
                    Interlocked.Increment(ref completed);
                    if (Failure(step, replies) is { } failure)
                    {
                        failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
                    }
                }
            }
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(worker => Task.Run(() => UserAsync(worker))));
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var failed = failures.Values.Sum();
        var load = new LoadResult([.. latencies.Where(t => t > 0).Order()], completed, failed, clock.Elapsed);
        var what = string.Join(", ", failures.OrderByDescending(f => f.Value).Select(f => $"{f.Value} {f.Key}"));
        return BenchResult.FromLoad(name, load, $"{users} users at once, one conversation each, SQLite{(failed == 0 ? "" : "; " + what)}") with
        {
            AllocatedBytesPerOp = load.Completed == 0 ? null : allocated / load.Completed,

            // CPU time per turn (all threads of the process) does not depend on how busy the machine is.
            Extra = new Dictionary<string, double>
            {
                ["cpu_us_per_turn"] = load.Completed == 0 ? 0 : cpu.TotalMicroseconds / load.Completed,
                ["ef_reads_per_turn"] = counter.Reads / (double)Math.Max(1, load.Completed),
                ["ef_writes_per_turn"] = counter.Writes / (double)Math.Max(1, load.Completed),
                ["connection_opens_per_turn"] = counter.Opens / (double)Math.Max(1, load.Completed),
                ["commits_per_turn"] = bot.Services.GetService<ITurnWriter>() is SqliteGroupCommit group ? group.Commits / (double)Math.Max(1, load.Completed) : 1, // a transaction per turn
                ["state_bytes_per_turn"] = StateBytes.PerTurn,
            },
        };
    }

    /// <summary>Why a turn's replies are wrong, or null: every turn must be applied, and the tenth answer taken.</summary>
    private static string? Failure(int step, IReadOnlyList<Reply> replies)
    {
        var text = InterviewScript.Describe(replies);
        return text switch
        {
            _ when text.Contains(TurnMessages.TooManyAtOnce(PartnershipBot.Dialogs.Texts.Languages.English).Value, StringComparison.Ordinal) => "too many at once",
            _ when text.Contains(TurnMessages.TryAgainShortly(PartnershipBot.Dialogs.Texts.Languages.English).Value, StringComparison.Ordinal) => "database busy",
            _ when text.Contains(TurnMessages.SomethingWentWrong(PartnershipBot.Dialogs.Texts.Languages.English).Value, StringComparison.Ordinal) => "turn failed",
            _ when step == InterviewScript.TenthAnswerStep && !text.Contains(InterviewScript.AfterTenthAnswer, StringComparison.OrdinalIgnoreCase) => "tenth answer not taken",
            _ => null,
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
