using System.Collections.Concurrent;

namespace PartnershipBot.Channels.Slack;

/// <summary>users.info answers for an hour: names and time zones rarely change, and users.info is rate-limited.</summary>
public sealed class SlackUserCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (SlackUserInfo Info, DateTimeOffset Expires)> _users = new(StringComparer.Ordinal);

    public bool TryGet(string key, out SlackUserInfo info)
    {
        if (_users.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow())
        {
            info = entry.Info;
            return true;
        }

        info = new SlackUserInfo(null, null, null);
        return false;
    }

    public void Set(string key, SlackUserInfo info)
    {
        if (_users.Count > 50_000)
        {
            _users.Clear();
        }

        _users[key] = (info, time.GetUtcNow() + Lifetime);
    }
}
