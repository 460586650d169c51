using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Storage;

namespace PartnershipBot.Tests.Support;

/// <summary>A SQLite file in its own temp folder, deleted (with its WAL files) on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(string? relativeFile = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "pbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, relativeFile ?? "bot.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>
    /// A Quartz scheduler name of this database's own: Quartz keeps schedulers by name for the whole process, and
    /// tests run many hosts at once. A host restarted on the same file gets the same name, as in production.
    /// </summary>
    public string SchedulerName => "test-" + Path.GetFileName(Folder);

    /// <summary>A plain context on the file, for tests that read what the bot stored.</summary>
    public Task<BotDbContext> CreateContextAsync() =>
        Task.FromResult(new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(ConnectionString).Options));

    public void Dispose()
    {
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
