namespace PartnershipBot.Reminders;

/// <summary>The history of an obligation: created, due date moved, withdrawn, done, snoozed, reminded, escalated.</summary>
public sealed class ObligationEventRow
{
    public long Id { get; set; }
    public Guid ObligationId { get; set; }
    public required string Action { get; set; }
    public string? Detail { get; set; }
    public required string Actor { get; set; }

    /// <summary>Who acted as <c>channel:userId</c>, or null for the bot and rows from before 2026-12.</summary>
    public string? ActorId { get; set; }

    public DateTimeOffset At { get; set; }
}
