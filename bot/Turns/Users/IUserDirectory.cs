namespace PartnershipBot.Turns;

/// <summary>Users the bot has met: display name, time zone and locale, per channel.</summary>
public interface IUserDirectory
{
    Task UpsertAsync(string channel, string userId, string? displayName, string? timeZone, string? locale, CancellationToken cancellationToken);

    /// <summary>Recording the user in a turn's transaction, or null when this instance already wrote these values.</summary>
    PendingWrite? Prepare(string channel, string userId, string? displayName, string? timeZone, string? locale);
}
