using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// The real web host (Program) on an in-process test server, with its database in a temp SQLite file.
/// Pass a <see cref="TempDatabase"/> to share one file between hosts (restart tests); otherwise the factory
/// owns one and deletes it. Settings override configuration; <paramref name="services"/> runs after the app's
/// own registrations (ConfigureTestServices).
/// </summary>
public sealed class BotFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    TempDatabase? database = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private readonly bool ownsDatabase = database is null;

    public TempDatabase Database { get; } = database ?? new TempDatabase();

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Reminders:SchedulerName", Database.SchedulerName);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
