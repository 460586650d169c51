using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

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

    /// <summary>
    /// Sends <paramref name="replies"/> to a channel conversation the operator configured (the compliance
    /// channel), so its service URL is trusted as configuration. Throws <see cref="TeamsConnectorException"/>.
    /// </summary>
    Task SendToConfiguredConversationAsync(string serviceUrl, string conversationId, string? tenantId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}

internal sealed class TeamsProactiveMessenger(ITeamsConnector connector, IConversationAddressStore store, TrustedServiceUrls trusted)
    : ITeamsProactiveMessenger
{
    public async Task SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(replies);
        if (address.Channel != ChannelIds.Teams || string.IsNullOrWhiteSpace(address.ServiceUrl))
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

        var from = address.BotId is null ? null : new ChannelAccount { Id = address.BotId };
        await SendRepliesAsync(address.ServiceUrl, new ConversationAccount { Id = conversationId, TenantId = address.TenantId },
            from, new ChannelAccount { Id = address.UserId }, replies, cancellationToken);
    }

    public async Task SendToConfiguredConversationAsync(string serviceUrl, string conversationId, string? tenantId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(replies);

        // The service URL comes from the operator's configuration, not from a caller.
        trusted.Trust(serviceUrl);
        await SendRepliesAsync(serviceUrl, new ConversationAccount { Id = conversationId, TenantId = tenantId }, null, null, replies, cancellationToken);
    }

    private async Task SendRepliesAsync(
        string serviceUrl, ConversationAccount conversation, ChannelAccount? from, ChannelAccount? recipient, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var activity = TeamsActivityRenderer.Render(reply);
            activity.From = from;
            activity.Recipient = recipient;
            activity.Conversation = conversation;
            await connector.SendToConversationAsync(serviceUrl, conversation.Id!, activity, cancellationToken);
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
