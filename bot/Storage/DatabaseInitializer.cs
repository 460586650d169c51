using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Storage;

/// <summary>
/// Creates the schema on first start and upgrades it additively afterwards: every table and index the model
/// has and the database lacks is created (CREATE ... IF NOT EXISTS), so a data file from an older version keeps
/// working. Column changes to existing tables are out of scope on purpose: features add tables.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<BotDbContext> contextFactory,
    IOptions<StorageOptions> options,
    DatabaseStatus status,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>The PostgreSQL advisory lock key of schema upgrades (any constant shared by all instances).</summary>
    private const long SchemaLockId = 0x5042_4F54_5343_484D;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.Provider == StorageProvider.Sqlite)
        {
            EnsureSqliteFolder(storage.EffectiveConnectionString);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run while a turn writes; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // On PostgreSQL several instances may start at once, and two concurrent CREATE TABLE IF NOT EXISTS of one
        // table can still collide: the whole upgrade runs in one transaction under an advisory lock, one at a time.
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (transaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SchemaLockId})", cancellationToken);
        }

        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(
            db.GetService<IMigrationsModelDiffer>().GetDifferences(null, db.GetService<IDesignTimeModel>().Model.GetRelationalModel()),
            db.Model);

        var skipped = 0;
        foreach (var command in commands)
        {
            var sql = MakeIdempotent(command.CommandText);
            if (sql is null)
            {
                skipped++;
                continue;
            }

            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        if (skipped > 0)
        {
            StorageLog.SchemaStatementsSkipped(logger, skipped);
        }

        await StampVersionAsync(db, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        status.MarkReady();
        StorageLog.SchemaReady(logger, storage.Provider.ToString(), BotDbContext.SchemaVersion);
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

    private async Task StampVersionAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.SchemaInfo.SingleOrDefaultAsync(x => x.Id == 1, cancellationToken);
        if (row is null)
        {
            db.SchemaInfo.Add(new SchemaInfoRow { Id = 1, Version = BotDbContext.SchemaVersion, UpdatedAt = clock.GetUtcNow() });
        }
        else if (row.Version < BotDbContext.SchemaVersion)
        {
            row.Version = BotDbContext.SchemaVersion;
            row.UpdatedAt = clock.GetUtcNow();
        }
        else if (row.Version > BotDbContext.SchemaVersion)
        {
            // A newer build already upgraded this database; its extra tables are simply unused here.
            StorageLog.DatabaseNewerThanApp(logger, row.Version, BotDbContext.SchemaVersion);
        }

        await db.SaveChangesAsync(cancellationToken);
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

/// <summary>Whether the schema is in place; /readyz and the console wait on it.</summary>
public sealed class DatabaseStatus
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    public Task Ready => ready.Task;

    internal void MarkReady() => ready.TrySetResult();
}
