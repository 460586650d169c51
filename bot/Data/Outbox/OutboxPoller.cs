namespace PartnershipBot.Data;

/// <summary>
/// Runs an outbox's sender every interval; the first run after a start delivers what a crash left. A failing run
/// (the database down for a moment) is reported and tried again at the next tick: the rows wait in their table.
/// </summary>
public abstract class OutboxPoller(TimeProvider clock) : BackgroundService
{
    /// <summary>False: this instance sends nothing (another instance does).</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task SendDueAsync(CancellationToken cancellationToken);

    protected abstract void OnFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                OnFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
