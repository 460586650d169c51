namespace PartnershipBot.Reminders;

/// <summary>
/// The delivery record of one reminder occurrence, keyed like it. Written (claimed, with a lease) before the send
/// and completed after it: a crash between the two leaves the lease to expire, so the send is repeated at most once.
/// </summary>
public sealed class ReminderDeliveryRow
{
    public required string Key { get; set; }
    public Guid ReminderId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LeaseUntil { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Outcome { get; set; }
}
