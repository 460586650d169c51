namespace PartnershipBot.Data;

internal static partial class DataLog
{
    [LoggerMessage(1001, LogLevel.Information, "Database ready: {Provider}, schema version {Version}.")]
    public static partial void SchemaReady(ILogger logger, string provider, int version);

    [LoggerMessage(1002, LogLevel.Information, "Adopted a database made before migrations: recorded {Migration} as applied ({Skipped} statements skipped).")]
    public static partial void AdoptedPreMigrationDatabase(ILogger logger, string migration, int skipped);

    [LoggerMessage(1003, LogLevel.Information, "Data repair {Repair} applied ({Rows} rows).")]
    public static partial void RepairApplied(ILogger logger, string repair, int rows);

    [LoggerMessage(1004, LogLevel.Error, "Database not reachable or not initialised (attempt {Attempt}, {Error}); retrying. /readyz reports 503 meanwhile.")]
    public static partial void DatabaseUnavailable(ILogger logger, int attempt, string error, Exception exception);

    [LoggerMessage(1005, LogLevel.Warning, "Stored state of conversation {ConversationKeyHash} is unreadable; starting it afresh.")]
    public static partial void UnreadableState(ILogger logger, string conversationKeyHash);

    [LoggerMessage(1006, LogLevel.Debug, "Pruned {Count} inbound delivery keys older than {Cutoff}.")]
    public static partial void PrunedInboundKeys(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(1007, LogLevel.Warning, "Inbound delivery could not be checked for repeats ({Error}): the database is unreachable; letting it through.")]
    public static partial void DeduplicationUnavailable(ILogger logger, string error);
}
