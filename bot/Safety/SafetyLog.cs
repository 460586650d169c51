namespace PartnershipBot.Safety;

// References and ids only: never the user's text or name.
internal static partial class SafetyLog
{
    [LoggerMessage(10011, LogLevel.Information, "Safety report {Reference} delivered to pharmacovigilance after {Attempts} attempt(s).")]
    public static partial void Delivered(ILogger logger, string reference, int attempts);

    [LoggerMessage(10012, LogLevel.Warning, "Safety report {Reference}: attempt {Attempt} failed ({Error}); next try at {NextAttemptAt:o}.")]
    public static partial void Retry(ILogger logger, string reference, int attempt, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(10013, LogLevel.Error, "Safety report {Reference} could not be delivered to pharmacovigilance ({Error}); escalated to the compliance contact.")]
    public static partial void Escalated(ILogger logger, string reference, string error);

    [LoggerMessage(10014, LogLevel.Critical, "Safety report {Reference} reached neither pharmacovigilance ({Error}) nor the compliance contact ({EscalationError}); it waits on the dashboard.")]
    public static partial void Undeliverable(ILogger logger, string reference, string error, string escalationError);

    [LoggerMessage(10015, LogLevel.Error, "The safety report sender failed ({Error}); it tries again at the next poll.")]
    public static partial void SenderFailed(ILogger logger, string error, Exception exception);

    [LoggerMessage(10016, LogLevel.Information, "Safety report {Reference} marked received by {ByHash} (a hash of the stable id).")]
    public static partial void Acknowledged(ILogger logger, string reference, string byHash);

    [LoggerMessage(10017, LogLevel.Warning, "A click on Mark received from {Channel} outside the pharmacovigilance conversation was refused; nothing was stored.")]
    public static partial void ReceiptRefused(ILogger logger, string channel);
}
