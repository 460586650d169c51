namespace PartnershipBot.Turns;

/// <summary>A chat account's person: one row per linked account (the key makes an account belong to one person at most).</summary>
public sealed class PersonAccountRow
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}
