namespace PartnershipBot.Turns;

/// <summary>
/// The audit trail of linking: link.created, link.joined, link.removed, with the channel account that acted
/// (<c>channel:userId</c>) and, for a join, the account it joined. Never the code.
/// </summary>
public sealed class LinkEventRow
{
    public long Id { get; set; }
    public required string Action { get; set; }
    public required string ActorId { get; set; }
    public Guid? PersonId { get; set; }
    public string? OtherId { get; set; }
    public DateTimeOffset At { get; set; }
}
