using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipBot.Data;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// The bot's database for one test: by default a SQLite file in its own temp folder, deleted (with its WAL
/// files) on dispose; or a fresh database on the shared <see cref="PostgreSqlServer"/>, dropped on dispose.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    private readonly PostgreSqlServer? server;
    private readonly string? postgresName;

    public TempDatabase(string? relativeFile = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "pbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, relativeFile ?? "bot.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    private TempDatabase(PostgreSqlServer server, string name)
    {
        this.server = server;
        postgresName = name;
        Provider = StorageProvider.PostgreSql;
        Folder = Path.Combine(server.Folder, name);
        FilePath = "";
        ConnectionString = server.ConnectionStringFor(name);
    }

    public StorageProvider Provider { get; } = StorageProvider.Sqlite;

    public string Folder { get; }

    /// <summary>The SQLite file; empty on PostgreSQL.</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// A Quartz scheduler name of this database's own: Quartz keeps schedulers by name for the whole process, and
    /// tests run many hosts at once. A host restarted on the same database gets the same name, as in production.
    /// </summary>
    public string SchedulerName => "test-" + Path.GetFileName(Folder);

    /// <summary>The settings that point a host at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Provider.ToString(),
        ["Storage:ConnectionString"] = ConnectionString,
        ["Reminders:SchedulerName"] = SchedulerName,
    };

    internal static TempDatabase OnPostgreSql(PostgreSqlServer server, string name) => new(server, name);

    /// <summary>A plain context on the database, for tests that read what the bot stored.</summary>
    public Task<BotDbContext> CreateContextAsync()
    {
        var options = new DbContextOptionsBuilder<BotDbContext>();
        if (Provider == StorageProvider.PostgreSql)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString);
        }

        return Task.FromResult(new BotDbContext(options.Options));
    }

    public void Dispose()
    {
        if (server is not null)
        {
            try
            {
                server.Execute($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
            }
            catch (NpgsqlException)
            {
                // The server may be down (a restart test); it is removed with its folder at the end anyway.
            }

            return;
        }

        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
