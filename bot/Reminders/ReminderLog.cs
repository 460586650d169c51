namespace PartnershipBot.Reminders;

/// <summary>Reminder log lines: ids and kinds only, never names or answers.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) delivered")]
    public static partial void Delivered(ILogger logger, Guid reminderId, string kind);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Reminder {ReminderId} is undeliverable: {Error}")]
    public static partial void Undeliverable(ILogger logger, Guid reminderId, string error);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Reminder {ReminderId} attempt {Attempt} failed, will retry: {Error}")]
    public static partial void WillRetry(ILogger logger, Guid reminderId, int attempt, string error);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Reminder {ReminderId} failed {Attempts} times; giving up: {Error}")]
    public static partial void GaveUp(ILogger logger, Guid reminderId, int attempts, string error);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Obligation {ObligationId} should be escalated, but Reminders:Compliance is not configured")]
    public static partial void NoComplianceContact(ILogger logger, Guid obligationId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "Sending a reminder on {Channel} threw {ExceptionType}")]
    public static partial void SendFailed(ILogger logger, string channel, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "The reminder sweep failed ({ExceptionType}); the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Error, Message = "The reminder scheduler (Quartz) could not start ({ExceptionType}); no reminders are sent until the bot restarts")]
    public static partial void SchedulerFailed(ILogger logger, string exceptionType, Exception exception);
}
