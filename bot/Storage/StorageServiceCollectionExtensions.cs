using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Storage;

public static class StorageServiceCollectionExtensions
{
    private const int BusyTimeoutMilliseconds = 5000;

    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddDbContextFactory<BotDbContext>((sp, builder) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            switch (storage.Provider)
            {
                case StorageProvider.PostgreSql:
                    builder.UseNpgsql(storage.EffectiveConnectionString);
                    break;
                default:
                    builder.UseSqlite(SqliteConnectionString(storage.EffectiveConnectionString));
                    builder.AddInterceptors(new SqliteConnectionSettingsInterceptor(BusyTimeoutMilliseconds));
                    break;
            }
        });

        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<IConversationAddressStore, EfConversationAddressStore>();
        services.AddSingleton<IUserDirectory, EfUserDirectory>();
        services.AddSingleton<EfInboundDeduplicator>();
        services.AddSingleton<IInboundDeduplicator>(sp => ActivatorUtilities.CreateInstance<ResilientInboundDeduplicator>(sp, sp.GetRequiredService<EfInboundDeduplicator>()));
        services.AddSingleton<InboxStore>();
        services.AddSingleton<SentCardStore>();
        return services;
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

    /// <summary>
    /// Per connection (SQLite keeps these per connection, not in the file): a write waits for another writer
    /// (another turn, another process) instead of failing at once; and with WAL, synchronous=NORMAL syncs the
    /// log at checkpoints instead of on every commit. A commit then survives a crash of the process (it is in the
    /// WAL file, which the OS holds), but the last commits before a power loss or OS crash can be lost; the
    /// database stays consistent either way. README "Performance" states this trade-off.
    /// </summary>
    private sealed class SqliteConnectionSettingsInterceptor(int busyTimeoutMilliseconds) : DbConnectionInterceptor
    {
        private readonly string pragmas = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) =>
            Apply(connection);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(System.Data.Common.DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }
    }
}
