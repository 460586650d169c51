using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Storage;

internal sealed class EfConversationAddressStore(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock) : IConversationAddressStore
{
    public async Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var stamped = address with { UpdatedAt = address.UpdatedAt == default ? clock.GetUtcNow() : address.UpdatedAt.ToUniversalTime() };

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
