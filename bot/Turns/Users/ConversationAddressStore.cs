using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// The latest address per (channel, user). Called on every turn, and the address rarely changes, so it remembers
/// what it last wrote and skips the database (a commit) when nothing but the time changed; UpdatedAt is still
/// refreshed now and then so it says roughly when the user was last seen (with several
/// instances, an address another instance wrote meanwhile is replaced by ours within that interval at the latest).
/// </summary>
internal sealed class ConversationAddressStore(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock) : IConversationAddressStore
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);
    internal const int MemoCapacity = 10_000;

    // Active users only; the rest are written again on their next turn.
    private readonly BoundedCache<(string Channel, string UserId), ConversationAddress> written = new(MemoCapacity);

    // One statement, no read first: the address is replaced as a whole.
    private const string UpsertSql = """
        INSERT INTO conversation_addresses ("Channel", "UserId", "ConversationId", "ServiceUrl", "TenantId", "BotId", "AadObjectId", "TeamId", "Locale", "TimeZone", "UpdatedAt")
        VALUES (@channel, @user, @conversation, @serviceUrl, @tenant, @bot, @aad, @team, @locale, @zone, @at)
        ON CONFLICT ("Channel", "UserId") DO UPDATE SET
          "ConversationId" = excluded."ConversationId", "ServiceUrl" = excluded."ServiceUrl", "TenantId" = excluded."TenantId",
          "BotId" = excluded."BotId", "AadObjectId" = excluded."AadObjectId", "TeamId" = excluded."TeamId",
          "Locale" = excluded."Locale", "TimeZone" = excluded."TimeZone", "UpdatedAt" = excluded."UpdatedAt"
        """;

    public Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken) =>
        Prepare(address)?.RunAloneAsync(contextFactory, cancellationToken) ?? Task.CompletedTask;

    public PendingWrite? Prepare(ConversationAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var stamped = address with { UpdatedAt = address.UpdatedAt == default ? clock.GetUtcNow() : address.UpdatedAt.ToUniversalTime() };
        var key = (stamped.Channel, stamped.UserId);
        if (written.TryGet(key, out var last) && last with { UpdatedAt = stamped.UpdatedAt } == stamped && stamped.UpdatedAt - last.UpdatedAt < RefreshAfter)
        {
            return null;
        }

        return new PendingWrite(
            (turn, cancellationToken) => turn.ExecuteAsync(
                UpsertSql, cancellationToken,
                ("@channel", stamped.Channel), ("@user", stamped.UserId), ("@conversation", stamped.ConversationId), ("@serviceUrl", stamped.ServiceUrl),
                ("@tenant", stamped.TenantId), ("@bot", stamped.BotId), ("@aad", stamped.AadObjectId), ("@team", stamped.TeamId),
                ("@locale", stamped.Locale), ("@zone", stamped.TimeZone), ("@at", turn.Instant(stamped.UpdatedAt))),
            () => written.Set(key, stamped));
    }

    public async Task<ConversationAddress?> FindAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ConversationAddresses.AsNoTracking()
            .SingleOrDefaultAsync(x => x.Channel == channel && x.UserId == userId, cancellationToken);
    }
}
