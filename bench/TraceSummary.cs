using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// What a .nettrace of the bench shows: CPU samples per method (exclusive: the method on top of the stack;
/// inclusive: anywhere in it) for the SQLite writer thread and for all other threads, and the allocated types with
/// the frame that allocated them. SampleProfiler samples every managed thread each millisecond whether it runs or
/// waits, so samples whose top frame is a wait are counted apart as "waiting" and left out of the CPU tables.
/// </summary>
internal sealed class TraceSummary
{
    private const string SampleProfiler = "Microsoft-DotNETCore-SampleProfiler";
    private const string WriterFrame = "SqliteGroupCommit.RunWriter";

    private readonly Dictionary<string, ThreadKind> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Allocation> allocations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> bytesByArea = new(StringComparer.Ordinal);

    public int CpuSamples { get; private set; }

    public int WaitingSamples { get; private set; }

    public int AllocationTicks { get; private set; }

    /// <summary>Samples in starting or stopping the host (BotUnderTest), left out of everything else.</summary>
    public int SetUpSamples { get; private set; }

    public long AllocatedBytes { get; private set; }

    /// <summary>Reads a trace recorded by <see cref="ProfileScenario"/> (TraceLog resolves the managed frames from the rundown).</summary>
    public static TraceSummary FromTrace(string nettracePath)
    {
        var summary = new TraceSummary();
        var etlx = TraceLog.CreateFromEventPipeDataFile(nettracePath);
        using var log = new TraceLog(etlx);
        using var source = log.Events.GetSource();
        source.Clr.GCAllocationTick += data => summary.AddAllocation(data.TypeName, data.AllocationAmount64, Frames(data.CallStack()));
        source.AllEvents += data =>
        {
            if (data.ProviderName == SampleProfiler)
            {
                summary.AddSample(Frames(data.CallStack()));
            }
        };
        source.Process();
        return summary;
    }

    /// <param name="frames">The stack, top (leaf) first.</param>
    public void AddSample(IReadOnlyList<string> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        if (IsSetUp(frames))
        {
            SetUpSamples++;
            return;
        }

        var kindName = frames.Any(f => f.Contains(WriterFrame, StringComparison.Ordinal)) ? "SQLite writer thread (SqliteGroupCommit.RunWriter)" : "all other threads";
        if (!kinds.TryGetValue(kindName, out var kind))
        {
            kinds[kindName] = kind = new ThreadKind();
        }

        // Native frames (SQLite, the socket poll) have no names here: the method that called into them stands
        // for them, marked as native.
        var managed = frames.FirstOrDefault(f => !IsNative(f)) ?? "?";
        var leaf = IsNative(frames[0]) ? "[native] under " + managed : managed;
        if (IsWaiting(managed) || (IsNative(frames[0]) && managed.Contains("SocketAsyncEngine.EventLoop", StringComparison.Ordinal)))
        {
            WaitingSamples++;
            kind.Waiting++;
            Count(kind.WaitingLeaves, leaf);
            return;
        }

        CpuSamples++;
        kind.Samples++;
        Count(kind.Exclusive, leaf);
        if (!kind.Via.TryGetValue(leaf, out var via))
        {
            kind.Via[leaf] = via = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        // Who asked for it: the first of our own frames under the leaf (a lock or a GC poll says little alone).
        Count(via, frames.Skip(1).FirstOrDefault(f => f.StartsWith("PartnershipBot.", StringComparison.Ordinal)) ?? "(no PartnershipBot frame)");
        foreach (var frame in frames.Distinct(StringComparer.Ordinal))
        {
            Count(kind.Inclusive, frame);
        }
    }

    /// <param name="frames">The allocating stack, top (leaf) first.</param>
    public void AddAllocation(string type, long bytes, IReadOnlyList<string> frames)
    {
        if (IsSetUp(frames))
        {
            return;
        }

        AllocationTicks++;
        AllocatedBytes += bytes;
        var top = frames.Count > 0 ? frames[0] : "?";
        var ours = frames.FirstOrDefault(f => f.StartsWith("PartnershipBot.", StringComparison.Ordinal));
        var key = type + "\n" + top;
        if (!allocations.TryGetValue(key, out var allocation))
        {
            allocations[key] = allocation = new Allocation(type, top, ours ?? "(no PartnershipBot frame)");
        }

        allocation.Bytes += bytes;
        allocation.Ticks++;
        var area = ours switch
        {
            null => "framework only (Kestrel, sockets, HttpClient of bot, connector and client alike)",
            _ when ours.StartsWith("PartnershipBot.Benchmarks.", StringComparison.Ordinal) => "bench code (load client, loopback connector, scenario)",
            _ => "bot code (a PartnershipBot frame on the stack)",
        };
        bytesByArea[area] = bytesByArea.GetValueOrDefault(area) + bytes;
    }

    public void Write(TextWriter output, int operations)
    {
        ArgumentNullException.ThrowIfNull(output);
        var perOp = Math.Max(1, operations);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU samples (1 ms each, managed threads): {CpuSamples:N0} running, {WaitingSamples:N0} waiting (left out below), {SetUpSamples:N0} in starting or stopping the host (left out); {operations:N0} operations"));
        foreach (var (name, kind) in kinds.OrderByDescending(k => k.Value.Samples))
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {name}: {kind.Samples:N0} running samples ({kind.Samples / (double)Math.Max(1, CpuSamples):P0} of all), {kind.Waiting:N0} waiting"));
            Table(output, "top 25 by exclusive samples", kind.Exclusive, kind.Samples, 25);
            output.WriteLine("  the top 8 exclusive, by the first PartnershipBot frame under them:");
            foreach (var (leaf, _) in kind.Exclusive.OrderByDescending(c => c.Value).Take(8))
            {
                output.WriteLine($"    {leaf}");
                foreach (var (via, samples) in kind.Via[leaf].OrderByDescending(c => c.Value).Take(3))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {samples,7:N0}  {via}"));
                }
            }

            Table(output, "top 25 by inclusive samples", kind.Inclusive, kind.Samples, 25);
            Table(output, "top 5 waits (not counted above)", kind.WaitingLeaves, Math.Max(1, kind.Waiting), 5);
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Allocations (GC AllocationTick, one per ~100 KB): {AllocationTicks:N0} ticks, {AllocatedBytes:N0} B sampled = {AllocatedBytes / perOp:N0} B per operation"));
        foreach (var (area, bytes) in bytesByArea.OrderByDescending(a => a.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / perOp,9:N0} B/op  {bytes / (double)Math.Max(1, AllocatedBytes),4:P0}  {area}"));
        }

        output.WriteLine();
        output.WriteLine("top 20 allocated types by allocating frame (B/op, share, type, top frame, first PartnershipBot frame):");
        foreach (var a in allocations.Values.OrderByDescending(a => a.Bytes).Take(20))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {a.Bytes / perOp,9:N0} {a.Bytes / (double)Math.Max(1, AllocatedBytes),4:P0}  {a.Type}\n      at {a.Top}\n      in {a.Ours}"));
        }

        output.WriteLine();
        output.WriteLine("top 20 allocated types (all frames):");
        foreach (var group in allocations.Values.GroupBy(a => a.Type, StringComparer.Ordinal).Select(g => (Type: g.Key, Bytes: g.Sum(a => a.Bytes))).OrderByDescending(g => g.Bytes).Take(20))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Bytes / perOp,9:N0} {group.Bytes / (double)Math.Max(1, AllocatedBytes),4:P0}  {group.Type}"));
        }
    }

    /// <summary>A thread parked in a wait or a sleep rather than running (the socket poll is the native call under SocketAsyncEngine.EventLoop).</summary>
    internal static bool IsWaiting(string leaf) =>
        (leaf.Contains("Wait", StringComparison.Ordinal) && !leaf.Contains("SpinWait", StringComparison.Ordinal))
        || leaf.Contains("Sleep", StringComparison.Ordinal)
        || leaf.Contains("Interop+Sys.Poll", StringComparison.Ordinal)
        || leaf.Contains("Interop+Sys.Read(", StringComparison.Ordinal);

    private static bool IsNative(string frame) => frame == "?" || frame.EndsWith("!?", StringComparison.Ordinal);

    /// <summary>The host starting or stopping (BotUnderTest) or the EventPipe session itself: not the scenario.</summary>
    private static bool IsSetUp(IReadOnlyList<string> frames) =>
        frames.Any(f => f.Contains("BotUnderTest", StringComparison.Ordinal) || f.Contains("EventPipe", StringComparison.Ordinal));

    private static void Table(TextWriter output, string title, Dictionary<string, int> counts, int total, int top)
    {
        output.WriteLine($"  {title}:");
        foreach (var (method, samples) in counts.OrderByDescending(c => c.Value).Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {samples,7:N0} {samples / (double)Math.Max(1, total),6:P1}  {method}"));
        }
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<string> Frames(TraceCallStack? stack)
    {
        var frames = new List<string>();
        for (; stack is not null; stack = stack.Caller)
        {
            var address = stack.CodeAddress;
            var method = address.FullMethodName;
            frames.Add(string.IsNullOrEmpty(method) ? (address.ModuleName is { Length: > 0 } module ? module + "!?" : "?") : method);
        }

        return frames;
    }

    private sealed class ThreadKind
    {
        public int Samples { get; set; }

        public int Waiting { get; set; }

        public Dictionary<string, int> Exclusive { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Inclusive { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> WaitingLeaves { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Dictionary<string, int>> Via { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Allocation(string type, string top, string ours)
    {
        public string Type { get; } = type;

        public string Top { get; } = top;

        public string Ours { get; } = ours;

        public long Bytes { get; set; }

        public int Ticks { get; set; }
    }
}
