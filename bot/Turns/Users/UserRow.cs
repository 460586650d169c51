namespace PartnershipBot.Turns;

public sealed class UserRow
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public string? DisplayName { get; set; }
    public string? TimeZone { get; set; }
    public string? Locale { get; set; }

    /// <summary>The language the person chose (<c>language de</c>): "en", "de" or "fr", over the channel's locale; null follows the locale.</summary>
    public string? Language { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
