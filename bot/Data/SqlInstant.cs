namespace PartnershipBot.Data;

/// <summary>
/// An instant as raw SQL must pass it: SQLite stores instants as UTC ticks (EF's UtcTicksConverter), which raw SQL
/// bypasses; PostgreSQL takes the UTC instant itself.
/// </summary>
internal static class SqlInstant
{
    public static object Of(bool isSqlite, DateTimeOffset at) => isSqlite ? at.UtcTicks : at.ToUniversalTime();
}
