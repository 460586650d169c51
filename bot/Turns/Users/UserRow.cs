namespace PartnershipBot.Turns;

public sealed class UserRow
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public string? DisplayName { get; set; }
    public string? TimeZone { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
