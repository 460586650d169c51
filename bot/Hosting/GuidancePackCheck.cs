namespace PartnershipBot.Hosting;

/// <summary>Start-up waits here for the content pack loading in the background, and fails if it is broken.</summary>
internal sealed class GuidancePackCheck(Task loading) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => loading.WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
