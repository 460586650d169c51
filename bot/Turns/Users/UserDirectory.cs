using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// Records users on the database. Called on every turn, so it remembers what it last wrote per user and skips
/// the database when nothing changed. A null field means "not known this time" and keeps the stored value.
/// </summary>
internal sealed class UserDirectory(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock) : IUserDirectory
{
    // One statement, no read first; two instances inserting the same new user at once both succeed.
    private const string UpsertSql = """
        INSERT INTO users ("Channel", "UserId", "DisplayName", "TimeZone", "Locale", "UpdatedAt") VALUES (@channel, @user, @name, @zone, @locale, @at)
        ON CONFLICT ("Channel", "UserId") DO UPDATE SET
          "DisplayName" = COALESCE(excluded."DisplayName", users."DisplayName"),
          "TimeZone" = COALESCE(excluded."TimeZone", users."TimeZone"),
          "Locale" = COALESCE(excluded."Locale", users."Locale"),
          "UpdatedAt" = excluded."UpdatedAt"
        """;

    internal const int MemoCapacity = 10_000;

    // Active users only; the rest are written again on their next turn (an upsert that changes nothing).
    private readonly BoundedCache<(string Channel, string UserId), (string? DisplayName, string? TimeZone, string? Locale)> written = new(MemoCapacity);

    public Task UpsertAsync(string channel, string userId, string? displayName, string? timeZone, string? locale, CancellationToken cancellationToken) =>
        Prepare(channel, userId, displayName, timeZone, locale)?.RunAloneAsync(contextFactory, cancellationToken) ?? Task.CompletedTask;

    public PendingWrite? Prepare(string channel, string userId, string? displayName, string? timeZone, string? locale)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var key = (channel, userId);
        var values = (displayName, timeZone, locale);
        if (written.TryGet(key, out var last) && last == values)
        {
            return null;
        }

        return new PendingWrite(
            (turn, cancellationToken) => turn.ExecuteAsync(
                UpsertSql, cancellationToken,
                ("@channel", channel), ("@user", userId), ("@name", displayName), ("@zone", timeZone), ("@locale", locale), ("@at", turn.Instant(clock.GetUtcNow()))),
            () => written.Set(key, values));
    }
}
