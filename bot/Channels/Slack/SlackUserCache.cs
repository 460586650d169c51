using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>users.info answers for an hour: names and time zones rarely change, and users.info is rate-limited.</summary>
public sealed class SlackUserCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly BoundedCache<string, (SlackUserInfo Info, DateTimeOffset Expires)> _users = new(50_000, StringComparer.Ordinal);

    public bool TryGet(string key, out SlackUserInfo info)
    {
        if (_users.TryGet(key, out var entry) && entry.Expires > time.GetUtcNow())
        {
            info = entry.Info;
            return true;
        }

        info = new SlackUserInfo(null, null, null);
        return false;
    }

    public void Set(string key, SlackUserInfo info)
    {
        _users.Set(key, (info, time.GetUtcNow() + Lifetime));
    }
}
