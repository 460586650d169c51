namespace PartnershipBot.Partnerships;

/// <summary>Who did what to a collaboration, when. Details hold ids only, never the free text of answers.</summary>
public sealed class AuditEventRow
{
    public long Id { get; set; }
    public Guid CollaborationId { get; set; }
    public required string Actor { get; set; }

    /// <summary>Who acted as <c>channel:userId</c> (a display name in <see cref="Actor"/> can be edited); null before 2026-12.</summary>
    public string? ActorId { get; set; }

    public required string Action { get; set; }
    public string? Detail { get; set; }
    public DateTimeOffset At { get; set; }
}
