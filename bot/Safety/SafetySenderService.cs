using Microsoft.Extensions.Options;

namespace PartnershipBot.Safety;

/// <summary>Runs <see cref="SafetyReportSender"/> every Safety:PollInterval; the first run after a start delivers what a crash left.</summary>
internal sealed class SafetySenderService(SafetyReportSender sender, IOptions<SafetyOptions> options, TimeProvider clock, ILogger<SafetySenderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down for a moment: the reports wait in their table, the next poll tries again.
                SafetyLog.SenderFailed(logger, e.GetType().Name, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
