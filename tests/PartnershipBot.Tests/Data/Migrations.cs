using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Tests.Data;

/// <summary>How many migrations this build has for a provider (what a migrated database's history must hold).</summary>
internal static class Migrations
{
    public static long Count(StorageProvider provider)
    {
        var storage = new StorageOptions
        {
            Provider = provider,
            ConnectionString = provider == StorageProvider.Sqlite ? "Data Source=unused.db" : "Host=127.0.0.1;Database=unused",
        };
        using var db = DatabaseMigrator.CreateMigrationContext(storage);
        return db.Database.GetMigrations().LongCount();
    }
}
