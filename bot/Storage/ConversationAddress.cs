namespace PartnershipBot.Storage;

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
    Task<ConversationAddress?> FindAsync(string channel, string userId, CancellationToken cancellationToken);
}

/// <summary>Users the bot has met: display name, time zone and locale, per channel.</summary>
public interface IUserDirectory
{
    Task UpsertAsync(string channel, string userId, string? displayName, string? timeZone, string? locale, CancellationToken cancellationToken);
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
