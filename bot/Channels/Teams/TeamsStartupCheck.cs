using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Teams;

/// <summary>Says loudly at start how the Teams channel runs, so nobody ships anonymous mode by accident.</summary>
internal sealed class TeamsStartupCheck(TeamsRuntime runtime, IOptions<TeamsOptions> options, IHostEnvironment environment, ILogger<TeamsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (runtime.Mode)
        {
            case TeamsMode.Anonymous:
                TeamsLog.AnonymousMode(logger);
                break;
            case TeamsMode.Disabled:
                TeamsLog.Disabled(logger, environment.EnvironmentName);
                break;
            default:
                TeamsLog.Ready(logger, options.Value.MicrosoftAppId!, options.Value.MicrosoftAppType);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
