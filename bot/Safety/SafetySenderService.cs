using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Safety;

/// <summary>Runs <see cref="SafetyReportSender"/> every Safety:PollInterval; the first run after a start delivers what a crash left.</summary>
internal sealed class SafetySenderService(SafetyReportSender sender, IOptions<SafetyOptions> options, TimeProvider clock, ILogger<SafetySenderService> logger) : OutboxPoller(clock)
{
    protected override bool Enabled => options.Value.SenderEnabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task SendDueAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);

    // The database may be down for a moment: the reports wait in their table, the next poll tries again.
    protected override void OnFailed(Exception exception) => SafetyLog.SenderFailed(logger, exception.GetType().Name, exception);
}
