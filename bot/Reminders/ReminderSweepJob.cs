using Quartz;

namespace PartnershipBot.Reminders;

/// <summary>
/// The Quartz job behind reminders: one sweep of due reminders. Not concurrent, so two firings (or, clustered,
/// two instances) never sweep at once; the delivery records guard against repeats all the same.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReminderSweepJob(ReminderDispatcher dispatcher, ILogger<ReminderSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminder-sweep", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await dispatcher.RunDueAsync(onlyChannel: null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The rows still say what is due; the next firing picks it up.
            ReminderLog.SweepFailed(logger, e.GetType().Name, e);
        }
    }
}
