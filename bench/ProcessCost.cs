using System.Diagnostics;

namespace PartnershipBot.Benchmarks;

/// <summary>This process's CPU time and managed allocations across a run, per operation.</summary>
internal readonly struct ProcessCost
{
    private readonly TimeSpan cpu;
    private readonly long allocated;

    private ProcessCost(TimeSpan cpu, long allocated)
    {
        this.cpu = cpu;
        this.allocated = allocated;
    }

    public static ProcessCost Start() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));

    public (double CpuMs, long AllocatedBytes) PerOperation(int operations)
    {
        var ops = Math.Max(operations, 1);
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / ops;
        return (Math.Round(cpuMs, 3), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / ops);
    }
}
