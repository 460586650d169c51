using System.Data;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Data;

/// <summary>
/// Brings the database to this build's schema with EF Core migrations (Data/Migrations, one set per provider), then
/// runs the data repairs not yet recorded. A database made before migrations existed (releases up to schema
/// version 5, which created tables with CREATE ... IF NOT EXISTS) is adopted first: the baseline migration's tables
/// and indexes are created where missing, its rows untouched, and the baseline is recorded as applied. On PostgreSQL
/// several instances may start at once: all of it runs under one advisory lock, so one instance migrates and the
/// others find nothing left to do.
/// </summary>
public sealed partial class DatabaseMigrator(
    IOptions<StorageOptions> options,
    IEnumerable<IDataRepair> repairs,
    DatabaseStatus status,
    TimeProvider clock,
    ILogger<DatabaseMigrator> logger)
{
    /// <summary>Written to schema_info for operators and older builds (which warn when a database is newer than they are).</summary>
    public const int SchemaVersion = 6;

    /// <summary>The id suffix of the migration that matches the last release made without migrations.</summary>
    public const string BaselineMigration = "Baseline";

    /// <summary>The PostgreSQL advisory lock key of schema changes (any constant shared by all instances).</summary>
    private const long SchemaLockId = 0x5042_4F54_5343_484D;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        await using var db = CreateMigrationContext(storage);
        var postgres = storage.Provider == StorageProvider.PostgreSql;
        if (!postgres)
        {
            EnsureSqliteFolder(storage.EffectiveConnectionString);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SchemaLockId})", cancellationToken);
            }
            else
            {
                // WAL lets readers run while a turn writes; the mode is stored in the file, so once is enough.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            try
            {
                await AdoptPreMigrationDatabaseAsync(db, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                await RunRepairsAsync(db, cancellationToken);
                await StampVersionAsync(db, cancellationToken);
            }
            finally
            {
                if (postgres)
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SchemaLockId})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        status.MarkReady();
        DataLog.SchemaReady(logger, storage.Provider.ToString(), SchemaVersion);
    }

    /// <summary>The migrations this build has that the database has not applied yet (for `database status`).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateMigrationContext(options.Value);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    /// <summary>The context that owns the provider's migration set, on the configured database.</summary>
    internal static BotDbContext CreateMigrationContext(StorageOptions storage) => storage.Provider switch
    {
        StorageProvider.PostgreSql => new PostgreSqlMigrationContext(
            DataServices.UseProvider(new DbContextOptionsBuilder<PostgreSqlMigrationContext>(), storage).Options),
        _ => new SqliteMigrationContext(
            DataServices.UseProvider(new DbContextOptionsBuilder<SqliteMigrationContext>(), storage).Options),
    };

    /// <summary>
    /// A database from before migrations has the bot's tables but no migrations history. Creates what the baseline
    /// has and the database lacks (an older release had fewer tables; no release ever changed a column), then
    /// records the baseline as applied, so <c>Migrate</c> continues from there.
    /// </summary>
    private async Task AdoptPreMigrationDatabaseAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        // Our own look-up, not history.Exists: Npgsql's answers true for a database without the history table.
        if (await TableExistsAsync(db, HistoryRepository.DefaultTableName, cancellationToken)
            || !await TableExistsAsync(db, "conversation_states", cancellationToken))
        {
            return;
        }

        var migrations = db.GetService<IMigrationsAssembly>();
        var (id, type) = migrations.Migrations.Single(m => m.Key.EndsWith("_" + BaselineMigration, StringComparison.Ordinal));
        var baseline = migrations.CreateMigration(type, db.Database.ProviderName!);
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(baseline.UpOperations, null);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var skipped = 0;
        foreach (var command in commands)
        {
            if (MakeIdempotent(command.CommandText) is { } sql)
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }
            else
            {
                skipped++;
            }
        }

        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        DataLog.AdoptedPreMigrationDatabase(logger, id, skipped);
    }

    private async Task RunRepairsAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var done = await db.Set<DataRepairRow>().AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var repair in repairs.Where(r => !done.Contains(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var rows = await repair.RunAsync(cancellationToken);
            db.Set<DataRepairRow>().Add(new DataRepairRow { Id = repair.Id, AppliedAt = clock.GetUtcNow(), Rows = rows });
            await db.SaveChangesAsync(cancellationToken);
            DataLog.RepairApplied(logger, repair.Id, rows);
        }
    }

    private async Task StampVersionAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.SchemaInfo.SingleOrDefaultAsync(x => x.Id == 1, cancellationToken);
        if (row is null)
        {
            db.SchemaInfo.Add(new SchemaInfoRow { Id = 1, Version = SchemaVersion, UpdatedAt = clock.GetUtcNow() });
        }
        else if (row.Version < SchemaVersion)
        {
            row.Version = SchemaVersion;
            row.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<bool> TableExistsAsync(BotDbContext db, string table, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsNpgsql()
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The statement rewritten to be safe on a database that may already have it, or null to skip it.</summary>
    internal static string? MakeIdempotent(string sql)
    {
        var trimmed = sql.TrimStart();
        var match = CreateStatement().Match(trimmed);
        if (!match.Success)
        {
            // Anything else (e.g. a separate ALTER TABLE ... ADD CONSTRAINT) cannot be made idempotent portably.
            return null;
        }

        return match.Groups["head"].Value + " IF NOT EXISTS " + trimmed[match.Length..];
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    [GeneratedRegex(@"^(?<head>CREATE\s+(UNIQUE\s+)?(TABLE|INDEX|SEQUENCE))\s+(?!IF\s+NOT\s+EXISTS)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateStatement();
}
