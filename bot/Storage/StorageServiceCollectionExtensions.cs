using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Pooled: a turn's reads and the background work reuse context instances instead of building one each
        // time. Safe because nothing changes a pooled context's connection: the SQLite group commit, the one place
        // that puts a context on a connection of its own (SetDbConnection), builds that context unpooled.
        services.AddPooledDbContextFactory<BotDbContext>((sp, builder) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
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
        });

        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<ITurnWriter>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite
            ? ActivatorUtilities.CreateInstance<SqliteGroupCommit>(sp)
            : ActivatorUtilities.CreateInstance<TransactionPerTurnWriter>(sp));
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
}
