using Microsoft.Extensions.Options;

namespace PartnershipBot.Approvals;

/// <summary>Says at start when no reviewer is configured, as the channels' start-up checks do for their settings.</summary>
internal sealed class ApprovalStartupCheck(IOptions<ApprovalOptions> options, ILogger<ApprovalStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Reviewers.Count == 0)
        {
            ApprovalLog.NoReviewers(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
