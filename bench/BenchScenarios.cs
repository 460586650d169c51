namespace PartnershipBot.Benchmarks;

internal static class BenchScenarios
{
    public static readonly string[] Names = ["engine", "teams", "slack", "reminders", "startup", "stages", "sides", "peers", "all"];

    /// <summary>What `all` runs: the goals. `stages` explains figures and runs on request.</summary>
    private static readonly string[] All = ["engine", "teams", "slack", "reminders", "startup", "peers"];

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(string name, BenchScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var results = new List<BenchResult>();
        foreach (var scenario in name == "all" ? All : [name])
        {
            Console.Error.WriteLine($"== {scenario}");
            results.AddRange(scenario switch
            {
                "engine" => await EngineScenario.RunAsync(scale),
                "teams" => await TeamsScenario.RunAsync(scale),
                "slack" => await SlackScenario.RunAsync(scale),
                "reminders" => await RemindersScenario.RunAsync(scale),
                "startup" => await StartupScenario.RunAsync(scale),
                "stages" => await StagesScenario.RunAsync(scale),
                "peers" => await PeersScenario.RunAsync(scale),
                "sides" => await SidesScenario.RunAsync(scale, Environment.GetEnvironmentVariable("BENCH_SWITCH")),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown scenario"),
            });
        }

        return results;
    }
}
