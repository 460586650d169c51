using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// A question card the bot posted: which conversation, which asking of a question (its token), and the channel's
/// id of the message (Teams activity id, Slack ts or response_url). Kept so that a question answered by typing,
/// skipped or cancelled can have its card replaced in place; removed when it is.
/// </summary>
public sealed class SentCardRow
{
    public long Id { get; set; }

    /// <summary>The channel's conversation the message is in (e.g. "msteams:a:1x..."), as the sender names it.</summary>
    public required string Conversation { get; set; }

    public required string Token { get; set; }

    public required string MessageId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}

internal sealed class SentCardRowConfiguration : IEntityTypeConfiguration<SentCardRow>
{
    public void Configure(EntityTypeBuilder<SentCardRow> e)
    {
        e.ToTable("sent_cards");
        e.HasKey(x => x.Id);
        e.Property(x => x.Conversation).HasMaxLength(400);
        e.Property(x => x.Token).HasMaxLength(64);
        e.Property(x => x.MessageId).HasMaxLength(1000);
        e.HasIndex(x => new { x.Conversation, x.Token });
        e.HasIndex(x => x.SentAt);
    }
}

/// <summary>
/// The message ids of the bot's own question cards, written after the send (the id exists only then, after the
/// turn's save). Best effort both ways: a card whose id is lost just stays on screen, and its clicks are still
/// refused as stale, so nothing wrong is recorded. Only ids stored for the same conversation are ever returned.
/// </summary>
public sealed class SentCardStore(IDbContextFactory<BotDbContext> contexts, TimeProvider clock, ILogger<SentCardStore> logger)
{
    /// <summary>Cards older than this are not worth editing any more; their rows are pruned as new ones arrive.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    // Pruning is a sweep over the table, not part of posting a card: at most once an hour per process.
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private long lastPruneTicks = long.MinValue;

    public async Task RecordAsync(string conversation, string token, string messageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            db.Add(new SentCardRow { Conversation = conversation, Token = token, MessageId = messageId, SentAt = now });
            await db.SaveChangesAsync(cancellationToken);
            var last = Interlocked.Read(ref lastPruneTicks);
            if (last == long.MinValue || now.UtcTicks - last >= PruneEvery.Ticks)
            {
                Interlocked.Exchange(ref lastPruneTicks, now.UtcTicks);
                var cutoff = now - KeepFor;
                await db.SentCards.Where(r => r.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SentCardLog.NotRecorded(logger, ex.GetType().Name);
        }
    }

    /// <summary>The message ids of the question's cards in this conversation, forgotten as they are handed out.</summary>
    public async Task<IReadOnlyList<string>> TakeAsync(string conversation, string token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        ArgumentException.ThrowIfNullOrEmpty(token);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.SentCards.Where(r => r.Conversation == conversation && r.Token == token).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return [];
            }

            db.RemoveRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            return [.. rows.OrderBy(r => r.Id).Select(r => r.MessageId)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Another instance may have taken them first (a concurrency miss), or the database is away: leave the cards.
            SentCardLog.NotTaken(logger, ex.GetType().Name);
            return [];
        }
    }
}

internal static partial class SentCardLog
{
    [LoggerMessage(2090, LogLevel.Warning, "A question card's message id was not stored ({Error}); the card stays as it is when the question is answered by typing.")]
    public static partial void NotRecorded(ILogger logger, string error);

    [LoggerMessage(2091, LogLevel.Warning, "Question cards to replace could not be read ({Error}); they stay as they are.")]
    public static partial void NotTaken(ILogger logger, string error);
}
