using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Says at start-up whether the Slack channel is on, and checks the bot token with auth.test. Runs in the
/// background: a slow or unreachable Slack never delays or breaks start-up.
/// </summary>
public sealed class SlackStartupCheck(IOptionsMonitor<SlackOptions> options, IServiceScopeFactory scopes, ILogger<SlackStartupCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.CurrentValue;
        if (!settings.ReceivesRequests)
        {
            SlackLog.Disabled(logger);
            return;
        }

        if (string.IsNullOrWhiteSpace(settings.BotToken))
        {
            SlackLog.NoBotToken(logger);
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var api = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
            var result = await api.AuthTestAsync(stoppingToken);
            if (result.Ok)
            {
                SlackLog.Connected(logger, result.Get("team"), result.Get("team_id"), result.Get("user"), result.Get("bot_id"));
            }
            else if (result.Error == SlackApiClient.Unreachable)
            {
                SlackLog.AuthUnreachable(logger);
            }
            else
            {
                SlackLog.AuthFailed(logger, result.Error ?? "unknown_error");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before Slack answered: nothing to report.
        }
    }
}
