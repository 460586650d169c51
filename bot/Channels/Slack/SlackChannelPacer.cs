using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// A token bucket per channel: Slack allows about one message per second per channel with short bursts, so a
/// turn with three replies goes out at once while a bulk send (reminders) is spread out instead of hitting 429s.
/// </summary>
public sealed class SlackChannelPacer(IOptionsMonitor<SlackOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var delay = Reserve(channel);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);
    }

    private TimeSpan Reserve(string channel)
    {
        var settings = options.CurrentValue;
        var burst = Math.Max(1, settings.ChannelBurst);
        var interval = settings.ChannelMessageInterval <= TimeSpan.Zero ? TimeSpan.FromSeconds(1) : settings.ChannelMessageInterval;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_buckets.Count > 10_000)
            {
                Prune(now, interval * burst);
            }

            if (!_buckets.TryGetValue(channel, out var bucket))
            {
                bucket = new Bucket { Tokens = burst, Updated = now };
                _buckets[channel] = bucket;
            }

            bucket.Tokens = Math.Min(burst, bucket.Tokens + ((now - bucket.Updated) / interval));
            bucket.Updated = now;
            bucket.Tokens -= 1;
            // A negative balance is a reservation: the caller waits until its token will have refilled.
            return bucket.Tokens >= 0 ? TimeSpan.Zero : -bucket.Tokens * interval;
        }
    }

    private void Prune(DateTimeOffset now, TimeSpan idle)
    {
        foreach (var key in _buckets.Where(b => now - b.Value.Updated > idle).Select(b => b.Key).ToList())
        {
            _buckets.Remove(key);
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public DateTimeOffset Updated { get; set; }
    }
}
