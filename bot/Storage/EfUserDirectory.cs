using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Storage;

/// <summary>
/// Records users on the database. Called on every turn, so it remembers what it last wrote per user and skips
/// the database when nothing changed. A null field means "not known this time" and keeps the stored value.
/// </summary>
internal sealed class EfUserDirectory(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock) : IUserDirectory
{
    private readonly ConcurrentDictionary<(string Channel, string UserId), (string? DisplayName, string? TimeZone, string? Locale)> written = new();

    public async Task UpsertAsync(string channel, string userId, string? displayName, string? timeZone, string? locale, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var key = (channel, userId);
        var values = (displayName, timeZone, locale);
        if (written.TryGetValue(key, out var last) && last == values)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var row = await db.Users.FindAsync([channel, userId], cancellationToken);
            var isNew = row is null;
            if (row is null)
            {
                row = new UserRow { Channel = channel, UserId = userId };
                db.Users.Add(row);
            }

            var changed = isNew
                | Set(row.DisplayName, displayName, v => row.DisplayName = v)
                | Set(row.TimeZone, timeZone, v => row.TimeZone = v)
                | Set(row.Locale, locale, v => row.Locale = v);
            if (changed)
            {
                row.UpdatedAt = clock.GetUtcNow();
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException) when (isNew && attempt < 2)
                {
                    continue;
                }
            }

            written[key] = values;
            return;
        }
    }

    private static bool Set(string? current, string? incoming, Action<string> assign)
    {
        if (incoming is null || incoming == current)
        {
            return false;
        }

        assign(incoming);
        return true;
    }
}
