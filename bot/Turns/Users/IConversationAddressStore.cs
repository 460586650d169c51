namespace PartnershipBot.Turns;

/// <summary>Stores the latest address per (channel, user) for proactive messages.</summary>
public interface IConversationAddressStore
{
    Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken);

    /// <summary>Recording <paramref name="address"/> in a turn's transaction, or null when nothing needs writing.</summary>
    PendingWrite? Prepare(ConversationAddress address);

    Task<ConversationAddress?> FindAsync(string channel, string userId, CancellationToken cancellationToken);
}
