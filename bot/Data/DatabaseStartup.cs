namespace PartnershipBot.Data;

/// <summary>
/// Prepares the database before the web server listens. If the database is unreachable (PostgreSQL still
/// starting, a bad path) the host still starts so /healthz answers and /readyz says 503; this keeps retrying.
/// </summary>
internal sealed class DatabaseStartup(DatabaseMigrator initializer, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    // Not disposed on purpose: WebApplicationFactory may dispose services before it stops the host, and a
    // CancellationTokenSource without timers holds nothing that needs releasing.
    private readonly CancellationTokenSource stopping = new();
    private Task? retries;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryInitializeAsync(attempt: 1, cancellationToken))
        {
            return;
        }

        retries = RetryAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (retries is not null)
        {
            await retries.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 2; !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(delay, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryInitializeAsync(attempt, cancellationToken))
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    private async Task<bool> TryInitializeAsync(int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await initializer.MigrateAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DataLog.DatabaseUnavailable(logger, attempt, ex.GetType().Name, ex);
            return false;
        }
    }
}
