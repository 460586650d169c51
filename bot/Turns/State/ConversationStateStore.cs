using Microsoft.Extensions.Options;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>A conversation's state as loaded, with the ETag its save must still find (null: the row does not exist).</summary>
public sealed record LoadedState(string Key, ConversationState State, string? ETag)
{
    /// <summary>The text the row holds (as read or as written): a turn whose new state writes the same text changed nothing.</summary>
    public string? Json { get; init; }
}

/// <summary>
/// Loads conversation state and saves it on a caller's <see cref="BotDbContext"/> (the turn's transaction), on the
/// condition that its ETag is unchanged. The state last saved or read by this instance is kept in memory with its
/// ETag, so a turn does not read it again: if another instance wrote meanwhile, the ETag-checked save finds 0 rows,
/// the turn evicts it (<see cref="Forget"/>) and reruns on what it reads fresh.
/// </summary>
public sealed class ConversationStateStore(TimeProvider clock, ILogger<ConversationStateStore> logger, IOptions<SpeedOptions> speed,
    IDbContextFactory<BotDbContext> contexts)
{
    private readonly bool keep = speed.Value.StateCache;

    // Active conversations only; when full it starts over (a miss costs one read).
    private readonly BoundedCache<string, LoadedState> cache = new(4096, StringComparer.Ordinal);

    /// <summary>The state this instance last saved or read, if it is still in memory (no database needed).</summary>
    public LoadedState? Cached(string key) => cache.TryGet(key, out var cached) ? cached : null;

    /// <summary>The state as the database has it (callers try <see cref="Cached"/> first).</summary>
    public async Task<LoadedState> LoadAsync(BotDbContext db, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await StateRow.For(db)(db, key, cancellationToken);
        if (row is null)
        {
            return new LoadedState(key, ConversationState.Empty, null);
        }

        // A corrupt row must not lock the user out: the engine recovers what it can (or starts afresh) and tells
        // the user; the row is overwritten (same ETag) on save.
        if (!ConversationState.TryFromJson(row.Json, out var state))
        {
            DataLog.UnreadableState(logger, HashKey(key));
        }

        return new LoadedState(key, state, row.ETag) { Json = row.Json };
    }

    /// <summary>
    /// Writes <paramref name="state"/> in the turn's transaction if the row still has the loaded ETag (or still
    /// does not exist); false when another writer got there first (nothing is written then).
    /// </summary>
    /// <returns>The state as saved, to <see cref="Remember"/> once the transaction commits; null on a conflict.</returns>
    public async Task<LoadedState?> TrySaveAsync(TurnTransaction turn, LoadedState loaded, ConversationState state, CancellationToken cancellationToken, string? json = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(state);
        var etag = NewETag();
        json ??= state.ToJson();

        // Plain ADO: one statement on the hottest path, no change tracking. The ETag in the WHERE (or the
        // conflict-ignoring insert) is what keeps two instances from losing each other's update.
        var written = await turn.ExecuteAsync(
            loaded.ETag is null
                ? """INSERT INTO conversation_states ("Key", "Json", "ETag", "UpdatedAt") VALUES (@key, @json, @etag, @at) ON CONFLICT DO NOTHING"""
                : """UPDATE conversation_states SET "Json" = @json, "ETag" = @etag, "UpdatedAt" = @at WHERE "Key" = @key AND "ETag" = @loaded""",
            cancellationToken,
            ("@key", loaded.Key), ("@json", json), ("@etag", etag), ("@at", turn.Instant(clock.GetUtcNow())), ("@loaded", loaded.ETag));
        return written == 1 ? new LoadedState(loaded.Key, state, etag) { Json = json } : null;
    }

    /// <summary>
    /// Before a turn that changed nothing is answered without a write (so without the ETag check): true when the
    /// state it ran on is still the saved one (another instance may have saved since this one cached it). One read
    /// of the ETag, no transaction; on SQLite it does not wait for the writer.
    /// </summary>
    public async Task<bool> IsCurrentAsync(LoadedState loaded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var read = await AdoCommand.CreateAsync(db, """SELECT "ETag" FROM conversation_states WHERE "Key" = @key""", cancellationToken, ("@key", loaded.Key));
        return await read.ExecuteScalarAsync(cancellationToken) is string etag && etag == loaded.ETag;
    }

    /// <summary>After the commit: the next turn of the conversation starts from this without a read.</summary>
    public void Remember(LoadedState saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (keep)
        {
            cache.Set(saved.Key, saved);
        }
    }

    /// <summary>After a conflict or a failure: the next load reads the database.</summary>
    public void Forget(string key) => cache.Remove(key);

    // Compiled once per provider: a turn whose state is not in memory reads it.
    private static readonly PerProvider<Func<BotDbContext, string, CancellationToken, Task<ConversationStateRow?>>> StateRow = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string key, CancellationToken _) => db.Set<ConversationStateRow>().AsNoTracking().SingleOrDefault(x => x.Key == key)));

    /// <summary>A short stable stand-in for a conversation key in logs (keys can contain user names).</summary>
    public static string HashKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
