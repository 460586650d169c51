using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// The one place that writes inbound delivery ids. An insert that ignores conflicts (same SQL on SQLite and
/// PostgreSQL): a repeat is an ordinary outcome, not a database error with a stack trace. Run inside a turn's
/// transaction, the id becomes visible only together with the turn's state, so a repeat is ignored only when the
/// first delivery really took effect.
/// </summary>
public static class InboundKeys
{
    private const string InsertSql = """INSERT INTO inbound_keys ("Key", "SeenAt") VALUES (@key, @at) ON CONFLICT DO NOTHING""";

    /// <summary>True when <paramref name="key"/> was new and is now recorded (in the context's transaction, if any).</summary>
    public static async Task<bool> TryInsertAsync(BotDbContext db, string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await AdoCommand.ExecuteAsync(db, InsertSql, cancellationToken, ("@key", key), ("@at", SqlInstant.Of(db.Database.IsSqlite(), at))) == 1;
    }

    /// <summary>True when <paramref name="key"/> was new and is now recorded in the turn's transaction.</summary>
    public static async Task<bool> TryInsertAsync(TurnTransaction turn, string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await turn.ExecuteAsync(InsertSql, cancellationToken, ("@key", key), ("@at", turn.Instant(at))) == 1;
    }
}
