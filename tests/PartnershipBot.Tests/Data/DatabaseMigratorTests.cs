using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Data;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_NewFileInMissingFolder_CreatesFolderTablesWalAndVersion()
    {
        using var database = new TempDatabase(Path.Combine("nested", "data", "bot.db"));

        await using var bot = await BotServices.StartAsync(database);

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal("wal", Scalar(database, "PRAGMA journal_mode;"));
        Assert.Equal(
            ["__EFMigrationsHistory", "__EFMigrationsLock", "approval_outbox", "approval_rounds", "audit_events", "checklist_items", "collaboration_answers", "collaboration_notes", "collaborations",
                "conversation_addresses", "conversation_states", "data_repairs", "inbound_keys", "inbox", "link_codes", "link_events", "obligation_events", "obligations", "people", "person_accounts", "quiz_scores", "reminder_deliveries",
                "reminders", "safety_reports", "schema_info", "sent_cards", "teams_outbox", "users"],
            Tables(database));
        Assert.Equal((long)DatabaseMigrator.SchemaVersion, Scalar(database, "SELECT Version FROM schema_info WHERE Id = 1;"));
        Assert.True(bot.Get<DatabaseStatus>().IsReady);
    }

    [Fact]
    public async Task MigrateAsync_PreMigrationDatabaseMissingTables_AdoptsItAddsThemAndKeepsExistingRows()
    {
        // A file of the last release before migrations, cut down to an older one's: some tables and an index missing
        // (the version 1 file had no partnership tables either), and a row that must survive.
        using var database = new TempDatabase();
        File.Copy(RepoFiles.Path("tests", "PartnershipBot.Tests", "Data", "Fixtures", "release-5.sqlite.db"), database.FilePath);
        Execute(database, "INSERT INTO conversation_states (Key, Json, ETag, UpdatedAt) VALUES ('console:bob', '{}', 'kept', 0);");
        Execute(database, "DROP TABLE inbound_keys; DROP TABLE collaborations; DROP TABLE checklist_items; DROP TABLE audit_events; UPDATE schema_info SET Version = 0;");

        await using var second = await BotServices.StartAsync(database);

        Assert.Contains("inbound_keys", Tables(database));
        Assert.Contains("collaborations", Tables(database));
        Assert.Contains("checklist_items", Tables(database));
        Assert.Equal(1L, Scalar(database, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'IX_inbound_keys_SeenAt';"));
        Assert.Equal("kept", Scalar(database, "SELECT ETag FROM conversation_states WHERE Key = 'console:bob';"));
        Assert.Equal((long)DatabaseMigrator.SchemaVersion, Scalar(database, "SELECT Version FROM schema_info;"));
        Assert.True(await second.Get<IInboundDeduplicator>().TryMarkSeenAsync("works", CancellationToken.None));
        Assert.Equal(Migrations.Count(StorageProvider.Sqlite), Scalar(database, "SELECT COUNT(*) FROM __EFMigrationsHistory;"));
        Assert.Contains("data_repairs", Tables(database));
    }

    [Fact]
    public async Task MigrateAsync_DataRepair_RunsOnceAcrossStartsAndIsRecorded()
    {
        using var database = new TempDatabase();
        var repair = new CountingRepair();
        for (var start = 0; start < 2; start++)
        {
            await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<IDataRepair>(repair));
        }

        Assert.Equal(1, repair.Runs);
        Assert.Equal(7L, Scalar(database, "SELECT Rows FROM data_repairs WHERE Id = 'test-repair';"));
    }

    [Fact]
    public async Task MigrateAsync_DataRepairThatFails_IsNotRecordedAndRunsAgainAtTheNextStart()
    {
        using var database = new TempDatabase();
        var repair = new CountingRepair { FailFirst = true };
        await Assert.ThrowsAsync<InvalidOperationException>(() => BotServices.StartAsync(database, s => s.AddSingleton<IDataRepair>(repair)));
        Assert.Equal(0L, Scalar(database, "SELECT COUNT(*) FROM data_repairs WHERE Id = 'test-repair';"));

        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<IDataRepair>(repair));

        Assert.Equal(2, repair.Runs);
        Assert.Equal(1L, Scalar(database, "SELECT COUNT(*) FROM data_repairs WHERE Id = 'test-repair';"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Migrations_MatchTheModel_NoSchemaChangeWithoutAMigration(StorageProvider provider)
    {
        // A changed row or configuration without `dotnet ef migrations add` for both providers fails here (and
        // Migrate would refuse to run). No connection is opened.
        var storage = new StorageOptions
        {
            Provider = provider,
            ConnectionString = provider == StorageProvider.Sqlite ? "Data Source=unused.db" : "Host=127.0.0.1;Database=unused",
        };
        using var db = DatabaseMigrator.CreateMigrationContext(storage);

        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes without a {provider} migration: see docs/architecture.md, 'Changing the schema'.");
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_" + DatabaseMigrator.BaselineMigration, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CREATE TABLE \"users\" (x)", "CREATE TABLE IF NOT EXISTS \"users\" (x)")]
    [InlineData("CREATE UNIQUE INDEX \"IX\" ON \"t\" (\"c\")", "CREATE UNIQUE INDEX IF NOT EXISTS \"IX\" ON \"t\" (\"c\")")]
    [InlineData("  create index \"IX\" ON t (c)", "create index IF NOT EXISTS \"IX\" ON t (c)")]
    [InlineData("CREATE TABLE IF NOT EXISTS t (x)", null)]
    [InlineData("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (b)", null)]
    public void MakeIdempotent_Statement_RewritesCreatesAndSkipsTheRest(string sql, string? expected) =>
        Assert.Equal(expected, DatabaseMigrator.MakeIdempotent(sql));

    private static List<string> Tables(TempDatabase database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static object? Scalar(TempDatabase database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(TempDatabase database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(TempDatabase database)
    {
        var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        connection.Open();
        return connection;
    }

    private sealed class CountingRepair : IDataRepair
    {
        public int Runs { get; private set; }

        public bool FailFirst { get; init; }

        public string Id => "test-repair";

        public Task<int> RunAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return FailFirst && Runs == 1 ? throw new InvalidOperationException("first run fails") : Task.FromResult(7);
        }
    }
}
