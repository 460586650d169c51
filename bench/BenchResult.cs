using System.Globalization;
using System.Text.Json;

namespace PartnershipBot.Benchmarks;

/// <summary>One row of the table and one machine-readable line.</summary>
internal sealed record BenchResult(string Name, double OpsPerSecond, double P50Ms, double P99Ms)
{
    public long? AllocatedBytesPerOp { get; init; }

    public int Operations { get; init; }

    public bool Ok { get; init; } = true;

    /// <summary>Scenario-specific figures (rate reached, memory, ...), also on the machine-readable line.</summary>
    public IReadOnlyDictionary<string, double> Extra { get; init; } = new Dictionary<string, double>();

    public string Note { get; init; } = "";

    public static BenchResult FromLoad(string name, LoadResult load, string note = "") =>
        new(name, load.OpsPerSecond, load.Percentile(50), load.Percentile(99))
        {
            Operations = load.Completed,
            Ok = load.Failed == 0 && load.Completed > 0,
            Note = load.Failed == 0 ? note : $"{load.Failed} failed; {note}",
        };
}

internal static class BenchReport
{
    public static void Print(IReadOnlyList<BenchResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine($"{"scenario",-28} {"ops/s",12} {"p50 ms",9} {"p99 ms",9} {"alloc B/op",11} {"ops",8}  note");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-28} {r.OpsPerSecond,12:N0} {r.P50Ms,9:0.000} {r.P99Ms,9:0.000} {(r.AllocatedBytesPerOp?.ToString(CultureInfo.InvariantCulture) ?? "-"),11} {r.Operations,8}  {(r.Ok ? "" : "FAILED ")}{Describe(r)}"));
        }

        output.WriteLine();
        foreach (var r in results)
        {
            output.WriteLine("BENCH " + Line(r));
        }
    }

    private static string Describe(BenchResult r) =>
        string.Join("; ", new[] { r.Note }.Concat(r.Extra.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key}={e.Value:0.###}"))).Where(s => s.Length > 0));

    private static string Line(BenchResult r)
    {
        var line = new Dictionary<string, object?>
        {
            ["name"] = r.Name,
            ["ops_per_s"] = Math.Round(r.OpsPerSecond, 1),
            ["p50_ms"] = Math.Round(r.P50Ms, 3),
            ["p99_ms"] = Math.Round(r.P99Ms, 3),
            ["alloc_bytes_per_op"] = r.AllocatedBytesPerOp,
            ["ops"] = r.Operations,
            ["ok"] = r.Ok,
        };
        foreach (var (key, value) in r.Extra)
        {
            line[key] = Math.Round(value, 3);
        }

        return JsonSerializer.Serialize(line);
    }
}
