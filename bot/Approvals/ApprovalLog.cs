namespace PartnershipBot.Approvals;

// Ids, kinds and rounds only: never comments, names or the collaboration's answers.
internal static partial class ApprovalLog
{
    [LoggerMessage(12001, LogLevel.Information, "Collaboration {CollaborationId}: review round {Round} {Decision} by {ActorId}.")]
    public static partial void Decided(ILogger logger, Guid collaborationId, int round, string decision, string actorId);

    [LoggerMessage(12002, LogLevel.Information, "Collaboration {CollaborationId}: decision on round {Round} refused ({Outcome}).")]
    public static partial void Refused(ILogger logger, Guid collaborationId, int round, string outcome);

    [LoggerMessage(12003, LogLevel.Information, "Approval message {Kind} {MessageId} sent on {Channel} after {Attempts} attempt(s).")]
    public static partial void Sent(ILogger logger, string kind, Guid messageId, string channel, int attempts);

    [LoggerMessage(12004, LogLevel.Warning, "Approval message {Kind} {MessageId}: attempt {Attempt} failed ({Error}); next try at {NextAttemptAt:o}.")]
    public static partial void Retry(ILogger logger, string kind, Guid messageId, int attempt, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(12005, LogLevel.Error, "Approval message {Kind} {MessageId} could not be sent on {Channel} ({Error}); given up.")]
    public static partial void Failed(ILogger logger, string kind, Guid messageId, string channel, string error);

    [LoggerMessage(12006, LogLevel.Error, "The approval sender failed ({Error}); it tries again at the next poll.")]
    public static partial void SenderFailed(ILogger logger, string error, Exception exception);

    [LoggerMessage(12007, LogLevel.Information, "Collaboration {CollaborationId}: review round {Round} has waited past its {What} time; {Count} message(s) queued.")]
    public static partial void Overdue(ILogger logger, Guid collaborationId, int round, string what, int count);

    [LoggerMessage(12008, LogLevel.Warning, "Approvals: no reviewer is configured (Approvals:Reviewers). Submitted collaborations wait for review and their owners are told to contact compliance.")]
    public static partial void NoReviewers(ILogger logger);

    [LoggerMessage(12009, LogLevel.Debug, "Approval message {Kind} {MessageId} waits: no {Channel} approval channel on this host.")]
    public static partial void NoChannel(ILogger logger, string kind, Guid messageId, string channel);
}
