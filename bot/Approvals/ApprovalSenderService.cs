using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Approvals;

/// <summary>Runs <see cref="ApprovalSender"/> every Approvals:PollInterval; the first run after a start sends what a crash left.</summary>
internal sealed class ApprovalSenderService(ApprovalSender sender, IOptions<ApprovalOptions> options, TimeProvider clock, ILogger<ApprovalSenderService> logger) : OutboxPoller(clock)
{
    protected override bool Enabled => options.Value.SenderEnabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task SendDueAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);

    protected override void OnFailed(Exception exception) => ApprovalLog.SenderFailed(logger, exception.GetType().Name, exception);
}
