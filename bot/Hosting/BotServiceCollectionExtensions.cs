using PartnershipBot.Approvals;
using PartnershipBot.Channels.Console;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dashboard;
using PartnershipBot.Data;
using PartnershipBot.Documents;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Safety;
using PartnershipBot.Telemetry;
using PartnershipBot.Turns;

namespace PartnershipBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>Everything the bot needs, for the web host and the command-line verbs alike.</summary>
    public static IServiceCollection AddPartnershipBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        // First of all startup filters: the socket's own addresses, before forwarded headers can rewrite them.
        LocalOnlyGate.AddFirst(services);
        services.AddBotData(configuration);
        services.AddGuidance(configuration);
        services.AddPartnerships();
        services.AddTurnPipeline();
        services.AddSafety();
        services.AddApprovals();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag])
            .AddCheck<SlackSocketHealthCheck>("slack-socket-mode", tags: [DatabaseHealthCheck.ReadyTag]);
        services.AddHostedService<ReadinessWarmup>();
        services.AddHostedService<StartupReport>();
        services.AddHostedService<ChatTextsCheck>();
        services.AddBotTelemetry(configuration);

        services.AddDocuments();
        services.AddTeamsChannel(configuration);
        services.AddSlackChannel(configuration);
        services.AddConsoleChannel();
        services.AddDashboard(configuration, environment);

        // After storage: hosted services start in order, so the schema exists before Quartz's first sweep.
        services.AddReminders(configuration);
        return services;
    }
}
