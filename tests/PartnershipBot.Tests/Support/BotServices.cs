using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Approvals;
using PartnershipBot.Data;
using PartnershipBot.Hosting;
using PartnershipBot.Reminders;
using PartnershipBot.Safety;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// The storage, turn pipeline and reminder registrations of the host (no channels, no Quartz), without a web server, on a given database (SQLite or PostgreSQL).
/// Two instances on one file behave like two bot instances sharing a database.
/// </summary>
public sealed class BotServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private BotServices(ServiceProvider provider, LogCapture logs)
    {
        this.provider = provider;
        Logs = logs;
    }

    public LogCapture Logs { get; }

    public IServiceProvider Services => provider;

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public static async Task<BotServices> StartAsync(TempDatabase database, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {

                // Reminders are registered as in the host, but without Quartz: tests run the dispatcher themselves.
                ["Reminders:Enabled"] = "false",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddBotData(configuration);
        services.AddGuidance(configuration);
        services.AddPartnerships();
        services.AddTurnPipeline();
        services.AddSafety();
        services.AddApprovals();
        services.AddReminders(configuration);
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new BotServices(provider, logs);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
