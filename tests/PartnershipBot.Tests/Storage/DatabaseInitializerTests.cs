using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Storage;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Storage;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task InitializeAsync_NewFileInMissingFolder_CreatesFolderTablesWalAndVersion()
    {
        using var database = new TempDatabase(Path.Combine("nested", "data", "bot.db"));

        await using var bot = await BotServices.StartAsync(database);

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal("wal", Scalar(database, "PRAGMA journal_mode;"));
        Assert.Equal(
            ["audit_events", "checklist_items", "collaboration_answers", "collaborations", "conversation_addresses", "conversation_states", "inbound_keys", "inbox",
                "obligation_events", "obligations", "quiz_scores", "reminder_deliveries", "reminders", "schema_info", "sent_cards", "users"],
            Tables(database));
        Assert.Equal((long)BotDbContext.SchemaVersion, Scalar(database, "SELECT Version FROM schema_info WHERE Id = 1;"));
        Assert.True(bot.Get<DatabaseStatus>().IsReady);
    }

    [Fact]
    public async Task InitializeAsync_OlderDatabaseMissingATable_AddsItAndKeepsExistingRows()
    {
        using var database = new TempDatabase();
        await using (var first = await BotServices.StartAsync(database))
        {
            await using var db = await first.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            db.ConversationStates.Add(new ConversationStateRow { Key = "console:bob", Json = "{}", ETag = "kept", UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        // What an older build's file looks like: a table and an index this build added are missing.
        // The version 1 file had no partnership tables either.
        Execute(database, "DROP TABLE inbound_keys; DROP TABLE collaborations; DROP TABLE checklist_items; DROP TABLE audit_events; UPDATE schema_info SET Version = 0;");

        await using var second = await BotServices.StartAsync(database);

        Assert.Contains("inbound_keys", Tables(database));
        Assert.Contains("collaborations", Tables(database));
        Assert.Contains("checklist_items", Tables(database));
        Assert.Equal(1L, Scalar(database, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'IX_inbound_keys_SeenAt';"));
        Assert.Equal("kept", Scalar(database, "SELECT ETag FROM conversation_states WHERE Key = 'console:bob';"));
        Assert.Equal((long)BotDbContext.SchemaVersion, Scalar(database, "SELECT Version FROM schema_info;"));
        Assert.True(await second.Get<IInboundDeduplicator>().TryMarkSeenAsync("works", CancellationToken.None));
    }

    [Theory]
    [InlineData("CREATE TABLE \"users\" (x)", "CREATE TABLE IF NOT EXISTS \"users\" (x)")]
    [InlineData("CREATE UNIQUE INDEX \"IX\" ON \"t\" (\"c\")", "CREATE UNIQUE INDEX IF NOT EXISTS \"IX\" ON \"t\" (\"c\")")]
    [InlineData("  create index \"IX\" ON t (c)", "create index IF NOT EXISTS \"IX\" ON t (c)")]
    [InlineData("CREATE TABLE IF NOT EXISTS t (x)", null)]
    [InlineData("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (b)", null)]
    public void MakeIdempotent_Statement_RewritesCreatesAndSkipsTheRest(string sql, string? expected) =>
        Assert.Equal(expected, DatabaseInitializer.MakeIdempotent(sql));

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
}
