using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Channels.Slack;

/// <summary>One piece of work done after Slack has been acknowledged. Runs in its own DI scope.</summary>
public delegate Task SlackWork(IServiceProvider services, CancellationToken cancellationToken);

/// <summary>
/// Bounded queues between the HTTP acks and the workers. Work is partitioned by conversation key, so one
/// conversation's turns run in arrival order while other conversations proceed in parallel.
/// </summary>
public sealed class SlackWorkQueue
{
    private readonly Channel<SlackWork>[] _partitions;

    public SlackWorkQueue(IOptions<SlackOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var perPartition = Math.Max(1, settings.QueueCapacity / Math.Max(1, settings.Workers));
        _partitions = [.. Enumerable.Range(0, Math.Max(1, settings.Workers)).Select(_ =>
            Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(perPartition)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))];
    }

    public int PartitionCount => _partitions.Length;

    /// <summary>Never waits: a full queue is reported so the ack can tell the user to try again.</summary>
    public bool TryEnqueue(string partitionKey, SlackWork work)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(work);
        var index = (int)((uint)StringComparer.Ordinal.GetHashCode(partitionKey) % (uint)_partitions.Length);
        var queued = _partitions[index].Writer.TryWrite(work);
        if (queued)
        {
            BotTelemetry.SlackQueueDepth.Add(1);
        }

        return queued;
    }

    internal ChannelReader<SlackWork> Reader(int partition) => _partitions[partition].Reader;

    internal void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }
}

/// <summary>
/// Drains the queue. On shutdown it stops taking new work and finishes what is queued while the host's
/// shutdown timeout allows; anything left is logged as dropped.
/// </summary>
public sealed class SlackWorker(SlackWorkQueue queue, IServiceScopeFactory scopes, ILogger<SlackWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(queue.Complete);
        return Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(i => Task.Run(() => DrainAsync(i))));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host's shutdown timeout fires this token: abort running work then instead of holding the process.
        using var link = cancellationToken.Register(Abort);
        await base.StopAsync(cancellationToken);
    }

    private void Abort()
    {
        try
        {
            _abort.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // WebApplicationFactory can dispose the services before it stops the host; nothing is left to abort.
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task DrainAsync(int partition)
    {
        var reader = queue.Reader(partition);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (reader.TryRead(out var work))
            {
                BotTelemetry.SlackQueueDepth.Add(-1);
                if (_abort.IsCancellationRequested)
                {
                    SlackLog.DroppedAtShutdown(logger, 1 + reader.Count);
                    return;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await work(scope.ServiceProvider, _abort.Token);
                }
                catch (Exception e) when (!_abort.IsCancellationRequested)
                {
                    SlackLog.WorkFailed(logger, e);
                }
                catch (Exception)
                {
                    return;
                }
            }
        }
    }
}
