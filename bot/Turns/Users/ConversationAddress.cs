using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// Everything a later proactive message (a reminder) needs to reach a user where they talked to the bot.
/// Teams fills the Bot Framework fields; Slack needs only the team, user and channel ids.
/// </summary>
public sealed record ConversationAddress
{
    public required string Channel { get; init; }
    public required string UserId { get; init; }
    public required string ConversationId { get; init; }
    public string? ServiceUrl { get; init; }
    public string? TenantId { get; init; }
    public string? BotId { get; init; }
    public string? AadObjectId { get; init; }
    /// <summary>Slack workspace (team) id.</summary>
    public string? TeamId { get; init; }
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>Stores the latest address per (channel, user) for proactive messages.</summary>
public interface IConversationAddressStore
{
    Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken);

    /// <summary>Recording <paramref name="address"/> in a turn's transaction, or null when nothing needs writing.</summary>
    PendingWrite? Prepare(ConversationAddress address);

    Task<ConversationAddress?> FindAsync(string channel, string userId, CancellationToken cancellationToken);
}

/// <summary>Users the bot has met: display name, time zone and locale, per channel.</summary>
public interface IUserDirectory
{
    Task UpsertAsync(string channel, string userId, string? displayName, string? timeZone, string? locale, CancellationToken cancellationToken);

    /// <summary>Recording the user in a turn's transaction, or null when this instance already wrote these values.</summary>
    PendingWrite? Prepare(string channel, string userId, string? displayName, string? timeZone, string? locale);
}

/// <summary>
/// A write to run in someone else's transaction (a turn's), and what to remember once that transaction commits
/// (not before: a rolled-back write must be written again next time).
/// </summary>
public sealed class PendingWrite(Func<TurnTransaction, CancellationToken, Task> write, Action committed)
{
    public Task WriteAsync(TurnTransaction turn, CancellationToken cancellationToken) => write(turn, cancellationToken);

    public void Committed() => committed();

    /// <summary>On its own: one transaction of its own on a fresh context.</summary>
    public async Task RunAloneAsync(IDbContextFactory<BotDbContext> contextFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await write(new TurnTransaction(transaction.GetDbTransaction(), db.Database.IsSqlite(), () => db), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        committed();
    }
}

/// <summary>
/// Remembers inbound delivery ids (Slack event_id, Bot Framework activity id) so a retried delivery is
/// handled once, even across restarts.
/// </summary>
public interface IInboundDeduplicator
{
    /// <summary>True the first time a key is seen; false for a repeat.</summary>
    Task<bool> TryMarkSeenAsync(string key, CancellationToken cancellationToken);
}
