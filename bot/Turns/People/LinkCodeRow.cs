namespace PartnershipBot.Turns;

/// <summary>A one-time link code, by its SHA-256 only (the code itself is never stored or logged).</summary>
public sealed class LinkCodeRow
{
    public required string CodeHash { get; set; }
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>The account that typed it, as <c>channel:userId</c>.</summary>
    public string? UsedById { get; set; }
}
