using PartnershipBot.Data;
using Quartz;

namespace PartnershipBot.Reminders;

/// <summary>
/// Starts Quartz once the database is ready instead of with the host: a database that is still unreachable must
/// not stop the web server (/healthz stays up, /readyz says 503), and Quartz needs the file and folder to exist.
/// </summary>
internal sealed class ReminderSchedulerHost(ISchedulerFactory factory, DatabaseStatus database, ILogger<ReminderSchedulerHost> logger) : IHostedService
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource stopping = new();
    private Task? starting;
    private IScheduler? scheduler;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // On the thread pool: Quartz's first start (schema check, job store, a few hundred ms of JIT) must not hold
        // up the web server's start and the first /readyz, which do not need it.
        starting = Task.Run(() => StartWhenReadyAsync(stopping.Token));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (starting is not null)
        {
            await starting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (scheduler is not null)
        {
            // Let a sweep in progress finish writing its delivery records, but not hold the stop for long: a send
            // cut short is repeated at most once, when its delivery lease runs out.
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(ShutdownWait);
            await scheduler.Shutdown(waitForJobsToComplete: true, bounded.Token).AsTask().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task StartWhenReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.Ready.WaitAsync(cancellationToken);
            scheduler = await factory.GetScheduler(cancellationToken);
            await scheduler.Start(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            ReminderLog.SchedulerFailed(logger, e.GetType().Name, e);
        }
    }
}
