using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dashboard;

namespace PartnershipBot.Hosting;

public static class BotEndpoints
{
    public static IEndpointRouteBuilder MapPartnershipBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Liveness runs no checks: the process answers, so the orchestrator must not restart it.
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag) });

        endpoints.MapTeamsChannel();
        endpoints.MapSlackChannel();
        endpoints.MapDashboard();
        return endpoints;
    }
}
