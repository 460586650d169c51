using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// A token bucket per Slack workspace and user (Slack:UserRequestsPerMinute), asked by the endpoints once the
/// signature is checked, so the ids are Slack's and not whatever an unsigned request claims. One member
/// clicking fast is slowed down alone; everyone else keeps the whole inbox.
/// </summary>
public sealed class SlackUserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SlackUserRateLimiter(IOptions<SlackOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = Math.Max(1, options.Value.UserRequestsPerMinute);
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
    }

    /// <summary>True when the user may make one more request now.</summary>
    public bool TryAcquire(string teamId, string userId)
    {
        using var lease = limiter.AttemptAcquire(SlackTurnHandler.UserKey(teamId, userId));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
