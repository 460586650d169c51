using System.Globalization;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// Each speed optimisation with and without it, side by side in one process: the two variants run alternately,
/// several rounds, and the medians are reported, so a busy machine slows both alike. The switches are the host's
/// "Speed" settings (SpeedOptions); the behaviour is the same either way, only the cost differs.
/// </summary>
internal static class SidesScenario
{
    private static readonly (string Switch, string Scenario)[] Switches =
    [
        ("AnswerRows", "engine"),
        ("GroupCommit", "engine"),
        ("StateCache", "engine"),
        ("SnapshotRerun", "engine"),
        ("ReadOnlyFromMemory", "teams"),
        ("StateCache", "teams"),
    ];

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale, string? only = null)
    {
        var rounds = scale.IsQuick ? 1 : 3;
        var results = new List<BenchResult>();
        foreach (var (name, scenario) in Switches.Where(s => only is null || s.Switch.Equals(only, StringComparison.OrdinalIgnoreCase)))
        {
            var with = new List<BenchResult>();
            var without = new List<BenchResult>();
            for (var round = 0; round < rounds; round++)
            {
                Console.Error.WriteLine($"   {name} on {scenario}, round {round + 1} of {rounds}");
                with.Add(await RunOnceAsync(scale, scenario, $"{scenario}.with.{name}", null));
                without.Add(await RunOnceAsync(scale, scenario, $"{scenario}.without.{name}", new Dictionary<string, string?> { ["Speed:" + name] = "false" }));
            }

            results.Add(Median(with));
            results.Add(Median(without));
        }

        return results;
    }

    private static async Task<BenchResult> RunOnceAsync(BenchScale scale, string scenario, string name, IReadOnlyDictionary<string, string?>? settings) =>
        scenario == "engine"
            ? await EngineScenario.RunDurableAsync(scale, settings, name, interviewsEach: 1)
            : (await TeamsScenario.RunAsync(scale, settings, name, activities: 10_000, seconds: 10, withOneConnection: false))[0] with { Name = name };

    private static BenchResult Median(List<BenchResult> runs)
    {
        static double Mid(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted[sorted.Length / 2];
        }

        var first = runs[0];
        var allocations = runs.Where(r => r.AllocatedBytesPerOp is not null).Select(r => (double)r.AllocatedBytesPerOp!.Value).ToList();
        return first with
        {
            OpsPerSecond = Mid(runs.Select(r => r.OpsPerSecond)),
            P50Ms = Mid(runs.Select(r => r.P50Ms)),
            P99Ms = Mid(runs.Select(r => r.P99Ms)),
            AllocatedBytesPerOp = allocations.Count == 0 ? null : (long)Mid(allocations),
            Operations = runs.Sum(r => r.Operations),
            Ok = runs.All(r => r.Ok),
            Note = string.Create(CultureInfo.InvariantCulture, $"median of {runs.Count} alternating rounds (ops/s {string.Join(" / ", runs.Select(r => r.OpsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))}); {first.Note}"),
            Extra = first.Extra.Keys.ToDictionary(k => k, k => Mid(runs.Select(r => r.Extra.TryGetValue(k, out var v) ? v : double.NaN)), StringComparer.Ordinal),
        };
    }
}
