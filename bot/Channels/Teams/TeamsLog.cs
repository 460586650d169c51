namespace PartnershipBot.Channels.Teams;

// Ids and types only: no names, no message text, no tokens.
internal static partial class TeamsLog
{
    [LoggerMessage(5001, LogLevel.Warning,
        "TEAMS ANONYMOUS MODE: MicrosoftAppId is not set, so /api/messages accepts requests WITHOUT authentication and sends replies without tokens. Use this only with local tools (Bot Framework Emulator, Microsoft 365 Agents Playground).")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(5002, LogLevel.Error,
        "Teams channel disabled: MicrosoftAppId is not set and the environment is {Environment}, not Development; /api/messages refuses every request. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.")]
    public static partial void Disabled(ILogger logger, string environment);

    [LoggerMessage(5003, LogLevel.Information, "Teams channel ready for app {AppId} ({AppType}).")]
    public static partial void Ready(ILogger logger, string appId, string appType);

    [LoggerMessage(5010, LogLevel.Warning, "Teams request rejected with {Status}: {Reason}.")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(5011, LogLevel.Error, "Teams OpenID metadata could not be loaded ({Error}); requests are refused until it can.")]
    public static partial void MetadataUnavailable(ILogger logger, string error);

    [LoggerMessage(5020, LogLevel.Information, "Teams {Type} activity {ActivityId} ignored.")]
    public static partial void Ignored(ILogger logger, string? type, string? activityId);

    [LoggerMessage(5022, LogLevel.Warning, "Teams invoke '{Name}' is not handled.")]
    public static partial void UnknownInvoke(ILogger logger, string? name);

    [LoggerMessage(5023, LogLevel.Error, "Teams turn {TurnId} failed.")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string turnId);

    [LoggerMessage(5030, LogLevel.Warning, "Teams connector {Method} {Operation} failed with {Status}.")]
    public static partial void ConnectorFailed(ILogger logger, string method, string operation, int status);

    [LoggerMessage(5031, LogLevel.Error, "Refused to send the bot's token: {Reason}.")]
    public static partial void ServiceUrlRefused(ILogger logger, string reason);

    [LoggerMessage(5012, LogLevel.Information, "Teams {Type} activity from tenant {TenantId} refused: not in Teams:AllowedTenantIds.")]
    public static partial void TenantRefused(ILogger logger, string? type, string tenantId);

    [LoggerMessage(5013, LogLevel.Warning, "The refusal to another tenant could not be sent ({Error}).")]
    public static partial void RefusalNotSent(ILogger logger, string error);

    [LoggerMessage(5024, LogLevel.Information, "Teams group message {ActivityId} ignored: it does not @mention the bot.")]
    public static partial void NotMentioned(ILogger logger, string? activityId);

    [LoggerMessage(5025, LogLevel.Warning, "The user's 1:1 chat could not be opened (connector answered {Status}).")]
    public static partial void PersonalChatNotOpened(ILogger logger, int status);

    [LoggerMessage(5026, LogLevel.Warning, "The note to a group chat could not be sent (connector answered {Status}).")]
    public static partial void GroupNoteNotSent(ILogger logger, int status);

    [LoggerMessage(5027, LogLevel.Information, "Teams card action {ActivityId} in a group conversation refused: cards are personal.")]
    public static partial void GroupCardRefused(ILogger logger, string? activityId);

    [LoggerMessage(5028, LogLevel.Information, "Sent {Count} replies a redelivered activity's first delivery had saved but not sent (the process had stopped in between).")]
    public static partial void OutboxResent(ILogger logger, int count);
}
