using System.Collections.Concurrent;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The users (TEAM:USER) who opened the Home tab since this process started: only their view is republished after
/// a change, so a user who never looks at it costs no views.publish. Kept in memory on purpose: after a restart a
/// user's next app_home_opened publishes a fresh view anyway, and until then the stale one is only stale, not wrong
/// enough to warrant a table.
/// </summary>
public sealed class SlackHomeVisitors
{
    private readonly ConcurrentDictionary<string, byte> visitors = new(StringComparer.Ordinal);

    public void Add(string userKey) => visitors.TryAdd(userKey, 0);

    public bool Contains(string userKey) => visitors.ContainsKey(userKey);
}
