namespace PartnershipBot.Turns;

/// <summary>
/// Remembers inbound delivery ids (Slack event_id, Bot Framework activity id) so a retried delivery is
/// handled once, even across restarts.
/// </summary>
public interface IInboundDeduplicator
{
    /// <summary>True the first time a key is seen; false for a repeat.</summary>
    Task<bool> TryMarkSeenAsync(string key, CancellationToken cancellationToken);
}
