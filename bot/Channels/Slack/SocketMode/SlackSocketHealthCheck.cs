using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// /readyz's Socket Mode entry: healthy when it is off or connected, degraded (still ready: Teams, the dashboard
/// and Slack's HTTP endpoints work) when it is on but not connected, saying why.
/// </summary>
public sealed class SlackSocketHealthCheck(SlackSocketStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = status.Current;
        return Task.FromResult(!current.IsOn || current.IsConnected
            ? HealthCheckResult.Healthy(current.Description)
            : HealthCheckResult.Degraded(current.Description));
    }
}
