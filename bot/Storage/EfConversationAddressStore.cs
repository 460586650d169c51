using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Storage;

/// <summary>
/// The latest address per (channel, user). Called on every turn, and the address rarely changes, so it remembers
/// what it last wrote and skips the database (a commit) when nothing but the time changed; UpdatedAt is still
/// refreshed now and then so it says roughly when the user was last seen (with several
/// instances, an address another instance wrote meanwhile is replaced by ours within that interval at the latest).
/// </summary>
internal sealed class EfConversationAddressStore(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock) : IConversationAddressStore
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<(string Channel, string UserId), ConversationAddress> written = new();

    public async Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var stamped = address with { UpdatedAt = address.UpdatedAt == default ? clock.GetUtcNow() : address.UpdatedAt.ToUniversalTime() };
        var key = (stamped.Channel, stamped.UserId);
        if (written.TryGetValue(key, out var last) && last with { UpdatedAt = stamped.UpdatedAt } == stamped && stamped.UpdatedAt - last.UpdatedAt < RefreshAfter)
        {
            return;
        }

        await WriteAsync(stamped, cancellationToken);
        written[key] = stamped;
    }

    private async Task WriteAsync(ConversationAddress stamped, CancellationToken cancellationToken)
    {
        // Two first messages from one user can race to insert; the loser retries as an update.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var existing = await db.ConversationAddresses.FindAsync([stamped.Channel, stamped.UserId], cancellationToken);
            if (existing is null)
            {
                db.ConversationAddresses.Add(stamped);
            }
            else
            {
                db.Entry(existing).CurrentValues.SetValues(stamped);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (existing is null && attempt < 2)
            {
            }
        }
    }

    public async Task<ConversationAddress?> FindAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ConversationAddresses.AsNoTracking()
            .SingleOrDefaultAsync(x => x.Channel == channel && x.UserId == userId, cancellationToken);
    }
}
