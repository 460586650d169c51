using PartnershipBot.Dialogs;
using PartnershipBot.Storage;

namespace PartnershipBot.Channels.Teams;

/// <summary>Proactive messages (reminders) to a user at a stored Teams address.</summary>
public interface ITeamsProactiveMessenger
{
    /// <summary>
    /// Sends <paramref name="replies"/> to the user privately: in Teams the 1:1 chat is opened (or found) from
    /// tenant, bot and user; without a tenant (Emulator) the stored conversation is used.
    /// Throws <see cref="TeamsConnectorException"/> when the connector refuses.
    /// </summary>
    Task SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}

internal sealed class TeamsProactiveMessenger(ITeamsConnector connector, IConversationAddressStore store, TrustedServiceUrls trusted)
    : ITeamsProactiveMessenger
{
    public async Task SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(replies);
        if (address.Channel != TeamsTurnMapper.Channel || string.IsNullOrWhiteSpace(address.ServiceUrl))
        {
            throw new ArgumentException("Not a Teams address with a service URL.", nameof(address));
        }

        await TrustAsync(address, cancellationToken);
        var conversationId = address.ConversationId;
        if (!string.IsNullOrEmpty(address.TenantId) && !string.IsNullOrEmpty(address.BotId))
        {
            var created = await connector.CreatePersonalConversationAsync(address.ServiceUrl, address.BotId, address.UserId, address.TenantId, cancellationToken);
            conversationId = created.Id!;
        }

        foreach (var reply in replies)
        {
            var activity = TeamsActivityRenderer.Render(reply);
            activity.From = address.BotId is null ? null : new ChannelAccount { Id = address.BotId };
            activity.Recipient = new ChannelAccount { Id = address.UserId };
            activity.Conversation = new ConversationAccount { Id = conversationId, TenantId = address.TenantId };
            await connector.SendToConversationAsync(address.ServiceUrl, conversationId, activity, cancellationToken);
        }
    }

    // After a restart the in-memory trust list is empty; a service URL the store holds for this user came from
    // an authenticated activity, so it is trusted again. A caller cannot smuggle in any other URL.
    private async Task TrustAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        if (trusted.IsTrusted(address.ServiceUrl!))
        {
            return;
        }

        var stored = await store.FindAsync(address.Channel, address.UserId, cancellationToken);
        if (stored?.ServiceUrl is { } url && BotFrameworkAuthenticator.SameServiceUrl(url, address.ServiceUrl))
        {
            trusted.Trust(url);
        }
    }
}
