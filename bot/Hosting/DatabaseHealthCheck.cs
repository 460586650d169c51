using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipBot.Data;

namespace PartnershipBot.Hosting;

/// <summary>Ready when the schema is in place and the database answers a query now.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<BotDbContext> contextFactory, DatabaseStatus status) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database is not initialised yet.");
        }

        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            _ = await db.SchemaInfo.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception type only: messages can carry host names or paths.
            return HealthCheckResult.Unhealthy($"The database did not answer ({ex.GetType().Name}).");
        }
    }
}
