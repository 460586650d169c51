using PartnershipBot.Benchmarks;

// dotnet run -c Release --project bench -- <engine|teams|slack|reminders|startup|all> [--quick]
// --quick runs every scenario with a handful of operations: the smoke test in the suite uses it so the bench
// cannot rot; its figures mean nothing.
var scenarios = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var scale = args.Contains("--quick") ? BenchScale.Quick : BenchScale.Full;
if (scenarios.Count != 1 || !BenchScenarios.Names.Contains(scenarios[0]))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project bench -- <{string.Join('|', BenchScenarios.Names)}> [--quick]");
    return 2;
}

var results = await BenchScenarios.RunAsync(scenarios[0], scale);
BenchReport.Print(results, Console.Out);
return results.All(r => r.Ok) ? 0 : 1;
