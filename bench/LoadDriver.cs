using System.Diagnostics;

namespace PartnershipBot.Benchmarks;

/// <summary>Latencies and throughput of one timed run.</summary>
internal sealed class LoadResult(long[] latencyTicks, int completed, int failed, TimeSpan elapsed)
{
    public int Completed { get; } = completed;

    public int Failed { get; } = failed;

    public TimeSpan Elapsed { get; } = elapsed;

    public double OpsPerSecond => Completed / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Milliseconds at percentile <paramref name="p"/> (nearest rank).</summary>
    public double Percentile(double p)
    {
        if (latencyTicks.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * latencyTicks.Length) - 1;
        return latencyTicks[Math.Clamp(rank, 0, latencyTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}

/// <summary>
/// Runs <c>total</c> operations on <c>concurrency</c> workers (each waits for its own operation before the next,
/// like a connection), stopping early at <c>limit</c>. Every operation's latency is kept.
/// </summary>
internal static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(int total, int concurrency, TimeSpan limit, Func<int, Task<bool>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var latencies = new long[total];
        var next = -1;
        var failed = 0;
        var completed = 0;
        using var deadline = new CancellationTokenSource(limit);
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            while (!deadline.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= total)
                {
                    return;
                }

                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(index);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    ok = false;
                }

                latencies[index] = Stopwatch.GetTimestamp() - started;
                Interlocked.Increment(ref completed);
                if (!ok)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        clock.Stop();
        var measured = latencies.Where(t => t > 0).Order().ToArray();
        return new LoadResult(measured, completed, failed, clock.Elapsed);
    }
}
