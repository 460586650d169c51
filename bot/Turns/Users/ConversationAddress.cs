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
