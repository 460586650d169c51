using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
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

    /// <summary>Posts one activity to the user privately, as <see cref="SendAsync"/> does; returns where it went and its id (to update it later).</summary>
    Task<TeamsPostedActivity> PostAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken);

    /// <summary>Posts one activity to a configured conversation (a review channel); returns its id.</summary>
    Task<TeamsPostedActivity> PostToConfiguredConversationAsync(string serviceUrl, string conversationId, string? tenantId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity this bot posted (a review card after the decision), at a configured service URL.</summary>
    Task UpdateConfiguredActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Where a proactive activity went and the id the connector gave it (null when it gave none).</summary>
public sealed record TeamsPostedActivity(string ConversationId, string? ActivityId);

internal sealed class TeamsProactiveMessenger(ITeamsConnector connector, IConversationAddressStore store, TrustedServiceUrls trusted)
    : ITeamsProactiveMessenger
{
    public async Task SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var (conversation, from) = await OpenPersonalAsync(address, cancellationToken);
        await SendRepliesAsync(address.ServiceUrl!, conversation, from, new ChannelAccount { Id = address.UserId }, replies, cancellationToken);
    }

    public async Task<TeamsPostedActivity> PostAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (conversation, from) = await OpenPersonalAsync(address, cancellationToken);
        activity.From = from;
        activity.Recipient = new ChannelAccount { Id = address.UserId };
        activity.Conversation = conversation;
        var posted = await connector.SendToConversationAsync(address.ServiceUrl!, conversation.Id!, activity, cancellationToken);
        return new TeamsPostedActivity(conversation.Id!, posted?.Id);
    }

    public async Task<TeamsPostedActivity> PostToConfiguredConversationAsync(string serviceUrl, string conversationId, string? tenantId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        trusted.Trust(serviceUrl);
        activity.Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId };
        var posted = await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
        return new TeamsPostedActivity(conversationId, posted?.Id);
    }

    public async Task UpdateConfiguredActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        trusted.Trust(serviceUrl);
        activity.Id = activityId;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    /// <summary>The user's 1:1 chat: opened (or found) from tenant, bot and user; without a tenant (Emulator) the stored conversation.</summary>
    private async Task<(ConversationAccount Conversation, ChannelAccount? From)> OpenPersonalAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
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
        return (new ConversationAccount { Id = conversationId, TenantId = address.TenantId }, from);
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
            // Outside a turn (reminders, safety reports): the texts come localized; the chrome is English until the
            // notices give these sends the recipient's culture.
            var activity = TeamsActivityRenderer.Render(reply, Languages.English);
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
