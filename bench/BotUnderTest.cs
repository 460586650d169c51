using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Data;
using PartnershipBot.Hosting;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The real bot host (AddPartnershipBot + MapPartnershipBot, as Program builds it) on Kestrel at 127.0.0.1 with
/// its own SQLite file in a temp folder. Logs are formatted at the configured levels and then dropped, so their
/// cost stays in the figures without flooding the table.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private BotUnderTest(WebApplication app, string folder, Uri address)
    {
        this.app = app;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public string DatabasePath => Path.Combine(folder, "bench.db");

    public static async Task<BotUnderTest> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = Path.Combine(Path.GetTempPath(), "partnershipbot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = BotHost.CreateBuilder(["--environment", "Development"]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var defaults = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Reminders:Enabled"] = "false",
            ["Reminders:SchedulerName"] = "bench",
        };
        foreach (var (key, value) in settings)
        {
            defaults[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(defaults);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new DiscardingLoggerProvider());
        builder.Services.AddPartnershipBot(builder.Configuration, builder.Environment);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapPartnershipBot();
        await app.StartAsync();
        await app.Services.GetRequiredService<DatabaseStatus>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotUnderTest(app, folder, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>Formats every enabled log message (that is the cost a real sink pays first) and drops it.</summary>
internal sealed class DiscardingLoggerProvider : ILoggerProvider
{
    private static long formatted;

    public static long Formatted => Interlocked.Read(ref formatted);

    public ILogger CreateLogger(string categoryName) => new Discarding();

    public void Dispose()
    {
    }

    private sealed class Discarding : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            _ = formatter(state, exception);
            _ = exception?.ToString();
            Interlocked.Increment(ref formatted);
        }
    }
}
