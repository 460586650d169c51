using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartnershipBot.Channels.Console;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Data;

/// <summary>
/// A database written by the last release before migrations (schema version 5, commit abdf621: "dana" ran a
/// domestic review in the console chat, submitted it and ticked a checklist item) upgraded by this build: every row
/// is still there and readable, and the bot carries on with that user. The fixtures in Fixtures/ were made by that
/// release itself, on SQLite and on PostgreSQL (pg_dump --inserts).
/// </summary>
public abstract class UpgradeFromReleaseTests(Func<TempDatabase> createDatabase) : IDisposable
{
    private static readonly string[] ReleaseTables =
    [
        "audit_events", "checklist_items", "collaboration_answers", "collaborations", "conversation_addresses", "conversation_states",
        "obligation_events", "obligations", "reminder_deliveries", "reminders", "schema_info", "users",
    ];

    private readonly TempDatabase database = createDatabase();

    public void Dispose() => database.Dispose();

    protected abstract void LoadRelease(TempDatabase target);

    protected abstract DbConnection Open(TempDatabase target);

    [Fact]
    public async Task Start_OnReleaseDatabase_KeepsEveryRowRecordsTheMigrationsAndAnswersTheUser()
    {
        LoadRelease(database);
        var before = ReleaseTables.ToDictionary(t => t, Count);
        Assert.Equal(1L, before["collaborations"]);
        Assert.True(before["reminders"] > 0);

        string transcript;
        await using (var bot = await BotServices.StartAsync(database))
        {
            using var output = new StringWriter();
            await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System)
                .RunAsync("dana", new StringReader("list\nchecklist\nquit\n"), output, interactive: false, CancellationToken.None);
            transcript = output.ToString();
        }

        foreach (var table in ReleaseTables.Where(t => t is not ("conversation_states" or "users" or "conversation_addresses" or "schema_info")))
        {
            Assert.True(before[table] == Count(table), $"{table}: {before[table]} rows before the upgrade, {Count(table)} after");
        }

        Assert.Equal(Migrations.Count(database.Provider), Count("\"__EFMigrationsHistory\""));
        Assert.Equal(DatabaseMigrator.SchemaVersion, Convert.ToInt32(Scalar("SELECT \"Version\" FROM schema_info"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Asthma school toolkit", transcript, StringComparison.Ordinal);
        Assert.Contains("== Checklist: Asthma school toolkit ==", transcript, StringComparison.Ordinal);
        Assert.Contains("[x] 2.", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoInstancesAtOnceOnReleaseDatabase_MigrateOnce()
    {
        LoadRelease(database);

        var starts = await Task.WhenAll(BotServices.StartAsync(database), BotServices.StartAsync(database));
        foreach (var bot in starts)
        {
            await bot.DisposeAsync();
        }

        Assert.Equal(Migrations.Count(database.Provider), Count("\"__EFMigrationsHistory\""));
        Assert.Equal(1L, Count("data_repairs"));
        Assert.Equal(1L, Count("collaborations"));
    }

    private long Count(string table) => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);

    private object? Scalar(string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    protected static string Fixture(string name) => RepoFiles.Path("tests", "PartnershipBot.Tests", "Data", "Fixtures", name);
}

public sealed class UpgradeFromReleaseOnSqliteTests() : UpgradeFromReleaseTests(() => new TempDatabase())
{
    protected override void LoadRelease(TempDatabase target) => File.Copy(Fixture("release-5.sqlite.db"), target.FilePath);

    protected override DbConnection Open(TempDatabase target)
    {
        var connection = new SqliteConnection(target.ConnectionString + ";Pooling=False");
        connection.Open();
        return connection;
    }
}

[Collection(PostgreSqlCollection.Name)]
public sealed class UpgradeFromReleaseOnPostgreSqlTests(PostgreSqlServer server) : UpgradeFromReleaseTests(server.CreateDatabase)
{
    protected override void LoadRelease(TempDatabase target)
    {
        using var connection = (NpgsqlConnection)Open(target);
        using var command = new NpgsqlCommand(File.ReadAllText(Fixture("release-5.postgresql.sql")), connection);
        command.ExecuteNonQuery();
    }

    protected override DbConnection Open(TempDatabase target)
    {
        var connection = new NpgsqlConnection(target.ConnectionString);
        connection.Open();
        return connection;
    }
}
