namespace PartnershipBot.Data;

/// <summary>
/// A row of a durable outbox (safety reports, approval messages): written in the transaction of what it follows,
/// sent later by a poller that claims it with a lease (<see cref="LeasedOutbox"/>).
/// </summary>
public interface IOutboxRow
{
    Guid Id { get; }
    string Status { get; }
    int Attempts { get; }
    DateTimeOffset NextAttemptAt { get; }

    /// <summary>Claimed by a sender until then; a crashed sender's claim runs out and the row is sent again.</summary>
    DateTimeOffset? LeaseUntil { get; }
}
