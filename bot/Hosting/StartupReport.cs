using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Hosting;

/// <summary>
/// One log line once the server listens: where, and which channels are configured. Reads only whether a
/// secret is set, never its value.
/// </summary>
internal sealed class StartupReport(
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<StorageOptions> storage,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static string DescribeTeams(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            return "app id set";
        }

        // Mirrors the Teams channel's own rule, so this line never claims a mode the endpoint refuses. It names
        // only the real fix: anonymous mode is for local tools, not a way to try a deployment.
        return environment.IsDevelopment() || configuration.GetValue<bool>("Teams:AllowAnonymous")
            ? "anonymous local mode (no MicrosoftAppId; Bot Framework Emulator / Agents Playground): only loopback connections on a loopback listener, not forwarded by a proxy or tunnel, are served (anything else gets 403), and replies go only to loopback service URLs"
            : $"off (no MicrosoftAppId in {environment.EnvironmentName}; set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId)";
    }

    internal static string DescribeSlack(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Slack:SigningSecret"])
            ? "endpoints off (no Slack:SigningSecret)"
            : "signing secret set";

    private void Report()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var urls = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(no listening addresses: in-process test server)";
        HostingLog.Listening(logger, urls, DescribeTeams(configuration, environment), DescribeSlack(configuration), storage.Value.Provider.ToString());
    }
}
