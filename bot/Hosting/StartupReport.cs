using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Data;
using PartnershipBot.Safety;

namespace PartnershipBot.Hosting;

/// <summary>
/// One log line once the server listens: where, and which channels are configured; then a warning for each
/// setting whose absence quietly changes what the bot does (no pharmacovigilance contact). Reads only whether a
/// secret is set, never its value.
/// </summary>
internal sealed class StartupReport(
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    TeamsRuntime teams,
    IOptions<SlackOptions> slack,
    IHostEnvironment environment,
    IOptions<StorageOptions> storage,
    IOptions<SafetyOptions> safety,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static string DescribeSlack(SlackOptions slack)
    {
        var endpoints = slack.IsEnabled ? "signing secret set" : "endpoints off (no Slack:SigningSecret)";
        if (!slack.SocketMode)
        {
            return endpoints;
        }

        // Whether it connected is logged by Socket Mode itself and shown on /readyz; here only what is configured.
        return endpoints + (slack.IsSocketModeReady ? ", Socket Mode on (app token set; connecting)" : ", Socket Mode on but Slack:AppToken is NOT set");
    }

    private void Report()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var urls = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(no listening addresses: in-process test server)";
        HostingLog.Listening(logger, urls, teams.Describe(environment.EnvironmentName), DescribeSlack(slack.Value), storage.Value.Provider.ToString());
        if (!safety.Value.Contact.IsConfigured)
        {
            // Not a start failure (/readyz stays as it is): a bot without a contact still tells the user and keeps the
            // record, but an operator must know that no report leaves it.
            HostingLog.NoSafetyContact(logger);
        }
    }
}
