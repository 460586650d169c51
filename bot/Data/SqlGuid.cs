namespace PartnershipBot.Data;

/// <summary>
/// A Guid as raw SQL must pass it: EF stores it on SQLite as upper-case text, whereas Microsoft.Data.Sqlite would
/// bind a Guid parameter as a blob (and match nothing); PostgreSQL takes the uuid itself.
/// </summary>
internal static class SqlGuid
{
    public static object Of(bool isSqlite, Guid id) => isSqlite ? id.ToString("D").ToUpperInvariant() : id;
}
