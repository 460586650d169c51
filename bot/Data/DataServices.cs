using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Data;

public static class DataServices
{
    public static IServiceCollection AddBotData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddOptions<SpeedOptions>().Bind(configuration.GetSection(SpeedOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Pooled: a turn's reads and the background work reuse context instances instead of building one each
        // time. Safe because nothing changes a pooled context's connection: the SQLite group commit, the one place
        // that puts a context on a connection of its own (SetDbConnection), builds that context unpooled.
        services.AddPooledDbContextFactory<BotDbContext>((sp, builder) => UseProvider(builder, sp.GetRequiredService<IOptions<StorageOptions>>().Value));

        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    /// <summary>The configured provider and connection, the same for the bot's contexts and the migration contexts.</summary>
    internal static TBuilder UseProvider<TBuilder>(TBuilder builder, StorageOptions storage)
        where TBuilder : DbContextOptionsBuilder
    {
        switch (storage.Provider)
        {
            case StorageProvider.PostgreSql:
                builder.UseNpgsql(storage.EffectiveConnectionString);
                break;
            default:
                builder.UseSqlite(SqliteConnectionString(storage.EffectiveConnectionString));
                builder.AddInterceptors(new SqliteConnectionSettingsInterceptor());
                break;
        }

        return builder;
    }

    /// <summary>A relative file is resolved against the working directory now, so every connection agrees.</summary>
    internal static string SqliteConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:"))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        return builder.ToString();
    }
}
