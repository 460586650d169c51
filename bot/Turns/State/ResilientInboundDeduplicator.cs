using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// While the database is unreachable a delivery cannot be checked; it is let through rather than failed with a
/// 5xx, because the turn it starts cannot save either and answers "try again" without changing anything.
/// </summary>
internal sealed class ResilientInboundDeduplicator(IInboundDeduplicator inner, ILogger<ResilientInboundDeduplicator> logger) : IInboundDeduplicator
{
    public async Task<bool> TryMarkSeenAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.TryMarkSeenAsync(key, cancellationToken);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            DataLog.DeduplicationUnavailable(logger, ex.GetType().Name);
            return true;
        }
    }
}
