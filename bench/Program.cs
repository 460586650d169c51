using PartnershipBot.Benchmarks;

// dotnet run -c Release --project bench -- <engine|teams|slack|reminders|startup|all> [--quick]
//                                          profile <engine.durable|teams.32conn> [--quick]
// --quick runs every scenario with a handful of operations: the smoke test in the suite uses it so the bench
// cannot rot; its figures mean nothing.
var scenarios = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var scale = args.Contains("--quick") ? BenchScale.Quick : BenchScale.Full;
if (scenarios is ["profile", var target])
{
    // bench/results beside the sources (bin/<config>/<tfm>/ is three levels down); a smoke run writes to temp.
    var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "results"));
    var profiled = await ProfileScenario.RunAsync(target, scale, scale.IsQuick || !Directory.Exists(folder) ? Path.GetTempPath() : folder);
    BenchReport.Print(profiled, Console.Out);
    return profiled.All(r => r.Ok) ? 0 : 1;
}

if (scenarios.Count != 1 || !BenchScenarios.Names.Contains(scenarios[0]))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project bench -- <{string.Join('|', BenchScenarios.Names)}> [--quick] | profile <{string.Join('|', ProfileScenario.Targets)}> [--quick]");
    return 2;
}

var results = await BenchScenarios.RunAsync(scenarios[0], scale);
BenchReport.Print(results, Console.Out);
return results.All(r => r.Ok) ? 0 : 1;
