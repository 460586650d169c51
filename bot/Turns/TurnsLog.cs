namespace PartnershipBot.Turns;

// Turn ids only: never message text or names.
internal static partial class TurnsLog
{
    [LoggerMessage(2001, LogLevel.Information, "Turn {TurnId}: conversation changed since it was loaded (attempt {Attempt}); rerunning.")]
    public static partial void Conflict(ILogger logger, string turnId, int attempt);

    [LoggerMessage(2002, LogLevel.Warning, "Turn {TurnId}: still conflicting after {Attempts} attempts; asked the user to send again.")]
    public static partial void GaveUp(ILogger logger, string turnId, int attempts);

    [LoggerMessage(2003, LogLevel.Error, "Turn {TurnId} failed ({Error}); the dialog stack was reset and the user got an apology.")]
    public static partial void TurnFailed(ILogger logger, string turnId, string error, Exception exception);

    [LoggerMessage(2004, LogLevel.Error, "Turn {TurnId}: could not reset the dialog stack after a failure ({Error}).")]
    public static partial void ResetFailed(ILogger logger, string turnId, string error, Exception exception);

    [LoggerMessage(2005, LogLevel.Warning, "Turn {TurnId}: could not record the user ({Error}).")]
    public static partial void UserNotRecorded(ILogger logger, string turnId, string error, Exception exception);

    [LoggerMessage(2006, LogLevel.Information, "Turn {TurnId}: a repeated delivery of a turn already applied; skipped.")]
    public static partial void Repeat(ILogger logger, string turnId);

    [LoggerMessage(2007, LogLevel.Warning, "Turn {TurnId}: the database is unreachable ({Error}); asked the user to try again, nothing changed.")]
    public static partial void DatabaseUnavailable(ILogger logger, string turnId, string error);

    [LoggerMessage(2008, LogLevel.Error, "Turn {TurnId}: the check {Check} failed; the turn went on without it.")]
    public static partial void CheckFailed(ILogger logger, string turnId, string check, Exception exception);

    [LoggerMessage(2009, LogLevel.Warning, "The person's chosen language could not be read ({Error}); the turn runs in the channel's locale.")]
    public static partial void LanguageUnread(ILogger logger, string error);
}
