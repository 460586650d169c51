using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Storage;

/// <summary>A conversation's state as loaded, with the row it came from (null when the conversation is new).</summary>
public sealed record LoadedState(string Key, ConversationState State, ConversationStateRow? Row)
{
    /// <summary>The ETag the save must still find, or null when the save must insert.</summary>
    public string? ETag => Row?.ETag;
}

/// <summary>
/// Reads and stages conversation state on a caller's <see cref="BotDbContext"/>, so the caller decides what else
/// goes into the same SaveChanges (the turn's effects). The ETag is an EF concurrency token: a save whose row
/// changed since the load updates 0 rows and fails with <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public sealed class ConversationStateStore(TimeProvider clock, ILogger<ConversationStateStore> logger)
{
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
            StorageLog.UnreadableState(logger, HashKey(key));
        }

        return new LoadedState(key, state, row);
    }

    /// <summary>Stages <paramref name="state"/> as the conversation's new state; the caller saves.</summary>
    public void Stage(BotDbContext db, LoadedState loaded, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(state);
        var now = clock.GetUtcNow();
        if (loaded.Row is null)
        {
            db.ConversationStates.Add(new ConversationStateRow { Key = loaded.Key, Json = state.ToJson(), ETag = NewETag(), UpdatedAt = now });
            return;
        }

        // The row is tracked with the loaded ETag as original value, so EF adds "WHERE ETag = @loaded".
        loaded.Row.Json = state.ToJson();
        loaded.Row.ETag = NewETag();
        loaded.Row.UpdatedAt = now;
    }

    /// <summary>
    /// True when a failed save lost a race: the row changed (update) or appeared (insert) since the load.
    /// </summary>
    public static async Task<bool> IsConflictAsync(DbUpdateException exception, LoadedState loaded, IDbContextFactory<BotDbContext> contextFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(contextFactory);
        if (exception is DbUpdateConcurrencyException)
        {
            return true;
        }

        if (loaded.Row is not null)
        {
            return false;
        }

        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await fresh.ConversationStates.AnyAsync(x => x.Key == loaded.Key, cancellationToken);
    }

    // Compiled once per provider: every turn loads its state (tracked, so the save can check the ETag).
    private static readonly PerProvider<Func<BotDbContext, string, CancellationToken, Task<ConversationStateRow?>>> StateRow = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string key, CancellationToken _) => db.ConversationStates.SingleOrDefault(x => x.Key == key)));

    /// <summary>A short stable stand-in for a conversation key in logs (keys can contain user names).</summary>
    public static string HashKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
