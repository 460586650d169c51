using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// The language each person chose (<c>language de</c>, the users row's Language), read before their turn runs.
/// Kept in memory for a few minutes per person, so a turn costs no extra query; a choice made through another
/// instance is seen here once the entry is older than <see cref="FreshFor"/>, and at once in the instance that
/// took it (<see cref="Remember"/>).
/// </summary>
public sealed class UserLanguages(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock, ILogger<UserLanguages> logger)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);

    private readonly BoundedCache<(string Channel, string UserId), (string? Language, DateTimeOffset ReadAt)> cache = new(UserDirectory.MemoCapacity);

    public async Task<string?> GetAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        var key = (channel, userId);
        var now = clock.GetUtcNow();
        if (cache.TryGet(key, out var known) && now - known.ReadAt < FreshFor)
        {
            return known.Language;
        }

        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var language = await db.Set<UserRow>().AsNoTracking()
                .Where(u => u.Channel == channel && u.UserId == userId)
                .Select(u => u.Language)
                .FirstOrDefaultAsync(cancellationToken);
            cache.Set(key, (language, now));
            return language;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not worth failing a turn over: it runs in the channel's locale, and its own write reports an outage.
            TurnsLog.LanguageUnread(logger, ex.GetType().Name);
            return known.Language;
        }
    }

    /// <summary>The choice a turn of this instance just stored, effective from the person's next turn.</summary>
    public void Remember(string channel, string userId, string? language) => cache.Set((channel, userId), (language, clock.GetUtcNow()));
}
