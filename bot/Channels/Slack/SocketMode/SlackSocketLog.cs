namespace PartnershipBot.Channels.Slack;

// Socket Mode's log lines (6100-6199, apart from the endpoints' 60xx): envelope ids, types and error codes only;
// never the app token, the WebSocket URL (it carries a ticket) or what a payload says.
internal static partial class SlackSocketLog
{
    [LoggerMessage(6100, LogLevel.Information, "Slack Socket Mode connected (app {AppId}, {Connections} connections open for the app).")]
    public static partial void Connected(ILogger logger, string? appId, int connections);

    [LoggerMessage(6101, LogLevel.Error, "Slack Socket Mode is on but Slack:AppToken is not set: nothing arrives from Slack over the socket. Set the app-level token (xapp-..., scope connections:write).")]
    public static partial void NoAppToken(ILogger logger);

    [LoggerMessage(6102, LogLevel.Error, "Slack Socket Mode could not open a connection: {Error} (invalid_auth or not_allowed_token_type: check Slack:AppToken); retrying in {Delay}.")]
    public static partial void OpenFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(6103, LogLevel.Information, "Slack asked Socket Mode to reconnect ({Reason}); opening a new connection before closing this one.")]
    public static partial void DisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(6104, LogLevel.Warning, "Slack Socket Mode connection ended ({Reason}); reconnecting in {Delay}.")]
    public static partial void Dropped(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(6105, LogLevel.Warning, "Dropped a Slack Socket Mode message: {Problem}.")]
    public static partial void BadMessage(ILogger logger, string problem);

    [LoggerMessage(6106, LogLevel.Information, "Acknowledged Socket Mode envelope {EnvelopeId} of type {Type} without acting on it (not a request this app handles).")]
    public static partial void UnknownType(ILogger logger, string envelopeId, string type);

    [LoggerMessage(6107, LogLevel.Warning, "Socket Mode envelope {EnvelopeId} ({Type}) was refused with status {Status}; acknowledged so Slack does not resend it.")]
    public static partial void Refused(ILogger logger, string envelopeId, string type, int status);

    [LoggerMessage(6108, LogLevel.Warning, "Socket Mode envelope {EnvelopeId} ({Type}) was not stored (status {Status}); not acknowledged, so Slack resends it.")]
    public static partial void NotStored(ILogger logger, string envelopeId, string type, int status);

    [LoggerMessage(6109, LogLevel.Error, "Socket Mode envelope {EnvelopeId} ({Type}) failed; not acknowledged, so Slack resends it.")]
    public static partial void Failed(ILogger logger, string envelopeId, string type, Exception exception);

    [LoggerMessage(6110, LogLevel.Error, "Slack Socket Mode refused the connection URL from apps.connections.open: only wss (or ws on loopback, for tests) is used.")]
    public static partial void UrlRefused(ILogger logger);

    [LoggerMessage(6111, LogLevel.Information, "Slack Socket Mode stopped.")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(6112, LogLevel.Debug, "Socket Mode envelope {EnvelopeId} ({Type}) acknowledged.")]
    public static partial void Acknowledged(ILogger logger, string envelopeId, string type);
}
