using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Data;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string DefaultSqliteConnectionString = "Data Source=data/partnershipbot.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Empty means the SQLite default, a file under data/ relative to the working directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long inbound delivery ids are remembered; channels retry within minutes, so a day is plenty.</summary>
    public TimeSpan DedupeRetention { get; set; } = TimeSpan.FromDays(1);

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && Provider == StorageProvider.Sqlite
            ? DefaultSqliteConnectionString
            : ConnectionString ?? "";
}

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail("Storage:Provider must be Sqlite or PostgreSql.");
        }

        if (options.Provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:ConnectionString is required when Storage:Provider is PostgreSql (e.g. Host=db;Database=partnershipbot;Username=bot;Password=...).");
        }

        if (options.DedupeRetention <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail("Storage:DedupeRetention must be positive (e.g. 1.00:00:00).");
        }

        if (options.Provider == StorageProvider.Sqlite)
        {
            try
            {
                _ = new SqliteConnectionStringBuilder(options.EffectiveConnectionString);
            }
            catch (ArgumentException ex)
            {
                // The message names the bad keyword, never the value, so no secret ends up in the log.
                return ValidateOptionsResult.Fail($"Storage:ConnectionString is not a valid SQLite connection string: {ex.Message}");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
