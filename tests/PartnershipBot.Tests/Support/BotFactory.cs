using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// The real web host (Program) on an in-process test server, with its database in a temp SQLite file (or a PostgreSQL TempDatabase): the one
/// WebApplicationFactory of the tests (the Teams and Slack factories add their channel's settings to it).
/// Pass a <see cref="TempDatabase"/> to share one file between hosts (restart tests); otherwise the factory
/// owns one and deletes it. Settings override configuration; <paramref name="services"/> runs after the app's
/// own registrations (ConfigureTestServices).
/// </summary>
public class BotFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    TempDatabase? database = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private readonly bool ownsDatabase = database is null;

    public TempDatabase Database { get; } = database ?? new TempDatabase();

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Wraps the ITurnProcessor the host registered (for example in a <see cref="RecordingTurnProcessor"/>).</summary>
    protected static void WrapTurnProcessor(IServiceCollection services, Func<ITurnProcessor, ITurnProcessor> wrap)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(wrap);
        var original = services.Last(d => d.ServiceType == typeof(ITurnProcessor));
        services.Remove(original);
        services.Add(new ServiceDescriptor(typeof(ITurnProcessor), sp => wrap(Create(sp, original)), original.Lifetime));
    }

    private static ITurnProcessor Create(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (ITurnProcessor)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
