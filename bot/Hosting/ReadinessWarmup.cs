using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipBot.Data;

namespace PartnershipBot.Hosting;

/// <summary>
/// Runs the /readyz database check once in the background as soon as the database is ready, so its query is
/// compiled while Kestrel starts rather than while the orchestrator (or the start-up bench) waits for the first
/// 200. The answer is not kept: every /readyz still asks the database.
/// </summary>
internal sealed class ReadinessWarmup(IServiceProvider services, DatabaseStatus status) : IHostedService
{
    // Not disposed on purpose, as in DatabaseStartup: it holds no timer.
    private readonly CancellationTokenSource stopping = new();
    private Task warming = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        warming = Task.Run(() => WarmAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await warming.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await status.Ready.WaitAsync(cancellationToken);
            // The check catches and reports its own failures; a database that fails here fails /readyz the same way.
            await ActivatorUtilities.CreateInstance<DatabaseHealthCheck>(services).CheckHealthAsync(new HealthCheckContext(), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
