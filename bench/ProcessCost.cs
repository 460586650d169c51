using System.Diagnostics;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// This process's CPU time, managed allocations and JIT compilations across a run, per operation. Methods still
/// being compiled after the warm-up mean code is generated per operation (expression trees compiled again).
/// </summary>
internal readonly struct ProcessCost
{
    private readonly TimeSpan cpu;
    private readonly long allocated;
    private readonly long jitted;

    private ProcessCost(TimeSpan cpu, long allocated, long jitted)
    {
        this.cpu = cpu;
        this.allocated = allocated;
        this.jitted = jitted;
    }

    public static ProcessCost Start() => new(
        Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), System.Runtime.JitInfo.GetCompiledMethodCount());

    public (double CpuMs, long AllocatedBytes, double JitMethods) PerOperation(int operations)
    {
        var ops = Math.Max(operations, 1);
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / ops;
        var jit = (double)(System.Runtime.JitInfo.GetCompiledMethodCount() - jitted) / ops;
        return (Math.Round(cpuMs, 3), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / ops, jit);
    }
}
