using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// `bench -- profile &lt;scenario&gt;`: runs one scenario in this process while an EventPipe session on this same
/// process records CPU samples (SampleProfiler) and GC AllocationTick events, then writes what the trace shows
/// (<see cref="TraceSummary"/>) under bench/results. It is evidence for where the time and the bytes go, not a
/// timing: the session itself slows the run.
/// </summary>
internal static class ProfileScenario
{
    public static readonly string[] Targets = ["engine.durable", "teams.32conn"];

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(string target, BenchScale scale, string resultsFolder)
    {
        ArgumentNullException.ThrowIfNull(scale);
        Directory.CreateDirectory(resultsFolder);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var tracePath = Path.Combine(Path.GetTempPath(), $"partnershipbot-profile-{target}-{stamp}.nettrace");
        var reportPath = Path.Combine(resultsFolder, $"profile-{target}{(scale.IsQuick ? "-quick" : "")}.txt");

        IReadOnlyList<BenchResult> results;
        string header;
        try
        {
            (results, header) = await RecordAsync(target, scale, tracePath);
        }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or IOException or TimeoutException)
        {
            // EventPipe could not attach (diagnostics disabled, no IPC socket): say so and keep the allocations,
            // which an in-process EventListener still sees.
            Console.Error.WriteLine($"EventPipe could not attach ({e.GetType().Name}: {e.Message}); falling back to an EventListener for allocations");
            using var listener = new AllocationListener();
            results = await RunTargetAsync(target, scale);
            await File.WriteAllTextAsync(reportPath, $"EventPipe could not attach to this process: {e.GetType().Name}: {e.Message}\nAllocations only (GC AllocationTick via an in-process EventListener, no stacks):\n{listener.Describe()}");
            return results;
        }

        var summary = TraceSummary.FromTrace(tracePath);
        await using (var writer = new StreamWriter(reportPath))
        {
            await writer.WriteLineAsync(header);
            BenchReport.Print(results, writer);
            summary.Write(writer, results.Sum(r => r.Operations));
        }

        Console.Error.WriteLine($"profile written to {reportPath} ({summary.CpuSamples} CPU samples, {summary.AllocationTicks} allocation ticks)");
        TryDelete(tracePath);
        return [.. results.Select(r => r with
        {
            Name = "profile." + r.Name,
            Ok = r.Ok && summary.CpuSamples > 0 && summary.AllocationTicks > 0,
            Note = $"under EventPipe (slower); {summary.CpuSamples} samples, {summary.AllocationTicks} allocation ticks; {reportPath}",
        })];
    }

    private static async Task<(IReadOnlyList<BenchResult>, string)> RecordAsync(string target, BenchScale scale, string tracePath)
    {
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),

            // GC at Verbose gives AllocationTick (one event per ~100 KB allocated, with its type and stack); Loader
            // and Jit let TraceLog name the methods compiled during the run.
            new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Verbose,
                (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.Jit)),
        };
        var client = new DiagnosticsClient(Environment.ProcessId);
        using var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 512);
        Task copy;
        await using (var file = File.Create(tracePath))
        {
            copy = session.EventStream.CopyToAsync(file);
            var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Trim() : "unknown";
            var header = $"bench profile {target}, {DateTime.UtcNow:u}, {Environment.ProcessorCount} cores, load average at start {load}";
            IReadOnlyList<BenchResult> results;
            try
            {
                results = await RunTargetAsync(target, scale);
            }
            finally
            {
                await session.StopAsync(CancellationToken.None);
                await copy;
            }

            return (results, header);
        }
    }

    private static async Task<IReadOnlyList<BenchResult>> RunTargetAsync(string target, BenchScale scale) => target switch
    {
        "engine.durable" => [await EngineScenario.RunDurableAsync(scale, interviewsEach: 1)],
        "teams.32conn" => await TeamsScenario.RunAsync(scale, null, "teams", activities: 10_000, seconds: 10, withOneConnection: false),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "profile takes " + string.Join(" or ", Targets)),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            File.Delete(Path.ChangeExtension(path, ".etlx"));
        }
        catch (IOException)
        {
            // A trace left in the temp folder harms nothing.
        }
    }
}
