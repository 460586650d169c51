using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Storage;

/// <summary>
/// The one place that writes inbound delivery ids. An insert that ignores conflicts (same SQL on SQLite and
/// PostgreSQL): a repeat is an ordinary outcome, not a database error with a stack trace. Run inside a turn's
/// transaction, the id becomes visible only together with the turn's state, so a repeat is ignored only when the
/// first delivery really took effect.
/// </summary>
public static class InboundKeys
{
    /// <summary>True when <paramref name="key"/> was new and is now recorded (in the caller's transaction, if any).</summary>
    public static async Task<bool> TryInsertAsync(BotDbContext db, string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var inserted = await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO inbound_keys ("Key", "SeenAt") VALUES ({0}, {1}) ON CONFLICT DO NOTHING""", [key, InboxStore.Instant(db, at)], cancellationToken);
        return inserted == 1;
    }
}
