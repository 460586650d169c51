namespace PartnershipBot.Channels.Slack;

// Ids and error codes only: no names, no message text, no tokens.
internal static partial class SlackLog
{
    [LoggerMessage(6001, LogLevel.Warning, "Slack channel is OFF: Slack:SigningSecret is not set, so /api/slack/* answer 503 and nothing from Slack is processed.")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(6002, LogLevel.Warning, "Slack:BotToken is not set: Slack requests are verified and acknowledged, but the bot cannot answer through the Web API.")]
    public static partial void NoBotToken(ILogger logger);

    [LoggerMessage(6003, LogLevel.Information, "Slack connected: team {Team} ({TeamId}), bot user {BotUser} ({BotId}).")]
    public static partial void Connected(ILogger logger, string? team, string? teamId, string? botUser, string? botId);

    [LoggerMessage(6004, LogLevel.Error, "Slack auth.test failed with {Error}: check Slack:BotToken (invalid_auth means the token is wrong or revoked).")]
    public static partial void AuthFailed(ILogger logger, string error);

    [LoggerMessage(6005, LogLevel.Warning, "Slack Web API {Method} returned ok:false with error {Error}.")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(6006, LogLevel.Warning, "Slack Web API {Method} could not be reached.")]
    public static partial void ApiUnreachable(ILogger logger, string method, Exception exception);

    [LoggerMessage(6007, LogLevel.Information, "Slack rate-limited {Method}; retrying after {Delay}.")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan delay);

    [LoggerMessage(6008, LogLevel.Warning, "Refused a Slack request to {Path}: {Reason}.")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(6009, LogLevel.Information, "Ignored Slack request from team {TeamId}: not in Slack:AllowedTeamIds.")]
    public static partial void TeamNotAllowed(ILogger logger, string? teamId);

    [LoggerMessage(6010, LogLevel.Warning, "Slack inbox is full; asked the user to try again.")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(6025, LogLevel.Information, "Slack {Kind} from a user of team {TeamId} refused: over their per-user rate limit or inbox share.")]
    public static partial void UserLimited(ILogger logger, string kind, string teamId);

    [LoggerMessage(6012, LogLevel.Debug, "Skipped repeated Slack event {EventId} (retry {Retry}).")]
    public static partial void DuplicateEvent(ILogger logger, string eventId, string? retry);

    [LoggerMessage(6013, LogLevel.Warning, "Posting to a Slack response_url failed with status {Status}.")]
    public static partial void ResponseUrlFailed(ILogger logger, int status);

    [LoggerMessage(6014, LogLevel.Information, "Slack inbox at shutdown: {Waiting} requests left for the next start ({Released} claims released).")]
    public static partial void LeftInInbox(ILogger logger, int waiting, int released);

    [LoggerMessage(6015, LogLevel.Error, "Slack inbox work failed; it is tried again after its lease.")]
    public static partial void WorkFailed(ILogger logger, Exception exception);

    [LoggerMessage(6016, LogLevel.Warning, "Slack auth.test could not reach Slack; the bot keeps running and will answer once Slack is reachable.")]
    public static partial void AuthUnreachable(ILogger logger);

    [LoggerMessage(6019, LogLevel.Warning, "Refused to post to a response_url that is not https on a Slack hooks host (Slack:ResponseUrlHosts).")]
    public static partial void ResponseUrlRefused(ILogger logger);

    [LoggerMessage(6020, LogLevel.Information, "Slack inbox at start: {Waiting} waiting, oldest {OldestAge} ({Released} claims of stopped processes released).")]
    public static partial void InboxAtStart(ILogger logger, int waiting, TimeSpan oldestAge, int released);

    [LoggerMessage(6021, LogLevel.Information, "Slack inbox: {Waiting} waiting, oldest {OldestAge}.")]
    public static partial void InboxDepth(ILogger logger, int waiting, TimeSpan oldestAge);

    [LoggerMessage(6022, LogLevel.Error, "Slack inbox row {RowId} ({Kind}) given up after {Attempts} attempts.")]
    public static partial void InboxGaveUp(ILogger logger, long rowId, string kind, int attempts);

    [LoggerMessage(6026, LogLevel.Error, "Slack inbox row {RowId} ({Kind}) refused: its job is damaged or names work this version does not know.")]
    public static partial void InboxJobRefused(ILogger logger, long rowId, string kind);

    [LoggerMessage(6023, LogLevel.Warning, "Slack inbox not reachable ({Error}); retrying.")]
    public static partial void InboxUnavailable(ILogger logger, string error, Exception exception);

    [LoggerMessage(6024, LogLevel.Debug, "Pruned {Count} done Slack inbox rows past the de-duplication window.")]
    public static partial void InboxPruned(ILogger logger, int count);

    [LoggerMessage(6040, LogLevel.Warning, "Slack DM could not be opened for a Home tab or shortcut turn ({Error}); the turn was not run.")]
    public static partial void DirectMessageUnavailable(ILogger logger, string error);

    [LoggerMessage(6041, LogLevel.Warning, "Slack Home tab not republished ({Error}).")]
    public static partial void HomeNotPublished(ILogger logger, string error);

    [LoggerMessage(6042, LogLevel.Warning, "Slack interview modal not opened ({Error}); the user was offered the button again in the DM.")]
    public static partial void ModalNotOpened(ILogger logger, string error);

    [LoggerMessage(6043, LogLevel.Information, "Slack interview modal not updated ({Error}); its page was saved.")]
    public static partial void ModalNotUpdated(ILogger logger, string error);

    [LoggerMessage(6044, LogLevel.Warning, "A Slack user's stored locale could not be read ({Error}); their view is in English.")]
    public static partial void LocaleUnread(ILogger logger, string error);
}
