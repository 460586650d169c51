using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Turns;

/// <summary>The process-lifetime shortcuts (state, users, addresses, Slack profiles) stay within their size.</summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public void Set_BeyondCapacity_StartsOverAndKeepsTheNewest()
    {
        var cache = new BoundedCache<string, int>(3, StringComparer.Ordinal);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("c", 3);

        cache.Set("d", 4);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("d", out var d));
        Assert.Equal(4, d);
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void Set_AKnownKeyWhenFull_UpdatesInPlace()
    {
        var cache = new BoundedCache<string, int>(2, StringComparer.Ordinal);
        cache.Set("a", 1);
        cache.Set("b", 2);

        cache.Set("a", 10);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(10, a);
    }

    [Fact]
    public void UserDirectory_AfterMoreUsersThanItRemembers_WritesTheFirstAgainButSkipsTheLatest()
    {
        // No database is touched: Prepare only decides whether a write is needed.
        var users = new UserDirectory(null!, TimeProvider.System);
        for (var i = 0; i <= UserDirectory.MemoCapacity; i++)
        {
            users.Prepare("slack", $"U{i}", "Name", "Europe/Paris", "en")!.Committed();
        }

        Assert.NotNull(users.Prepare("slack", "U0", "Name", "Europe/Paris", "en"));
        Assert.Null(users.Prepare("slack", $"U{UserDirectory.MemoCapacity}", "Name", "Europe/Paris", "en"));
    }
}
