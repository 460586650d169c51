using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Turns;

/// <summary>
/// The language of a message sent outside a turn (a reminder, a review notice), where no activity carries a locale:
/// the account's users row decides, as it does for a turn (docs/languages.md). Its <c>Language</c> (the person's
/// <c>language de</c>) first, else its stored <c>Locale</c> (the Teams activity's or the Slack users.info locale,
/// written on every turn), else English. An account the bot has never seen is English.
/// </summary>
public static class UserCultures
{
    /// <summary>The culture of one channel account (channel, userId) from its users row.</summary>
    public static async Task<CultureInfo> OfAccountAsync(BotDbContext db, string channel, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Set<UserRow>().AsNoTracking()
            .Where(u => u.Channel == channel && u.UserId == userId)
            .Select(u => new { u.Language, u.Locale })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? Languages.English : Of(row.Language, row.Locale);
    }

    /// <summary>
    /// The culture of a person's message: that of the account it is delivered to (<see cref="PersonLinks.DeliveryAccountAsync"/>),
    /// so a reminder that reaches Slack reads as the Slack account is set, whichever account owns the collaboration.
    /// </summary>
    public static async Task<CultureInfo> OfPersonAsync(BotDbContext db, string channel, string userId, Func<string, bool> canDeliver, CancellationToken cancellationToken)
    {
        var account = await PersonLinks.DeliveryAccountAsync(db, channel, userId, canDeliver, cancellationToken);
        return await OfAccountAsync(db, account.Channel, account.UserId, cancellationToken);
    }

    /// <summary>
    /// The culture of a Teams user known by their Entra object id (how reviewers are configured): the users row of
    /// the Teams account whose conversation address carries that id, else English.
    /// </summary>
    public static async Task<CultureInfo> OfEntraUserAsync(BotDbContext db, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Ordered here, not in SQL: SQLite cannot order by a DateTimeOffset column. A reviewer has one or two addresses.
        var addresses = await db.ConversationAddresses.AsNoTracking()
            .Where(a => a.Channel == ChannelIds.Teams && a.AadObjectId == aadObjectId)
            .Select(a => new { a.UserId, a.UpdatedAt })
            .ToListAsync(cancellationToken);
        var userId = addresses.OrderByDescending(a => a.UpdatedAt).Select(a => a.UserId).FirstOrDefault();
        return userId is null ? Languages.English : await OfAccountAsync(db, ChannelIds.Teams, userId, cancellationToken);
    }

    /// <summary>
    /// The person's choice over the channel's locale, as <see cref="Turn.Culture"/> decides a turn's (a "de" choice
    /// from a de-AT client keeps Austria's formats); a choice or locale in another language is English.
    /// </summary>
    public static CultureInfo Of(string? language, string? locale) =>
        language is { Length: > 0 } chosen && Languages.Code(Languages.For(chosen)) != Languages.Code(Languages.For(locale))
            ? Languages.For(chosen)
            : Languages.For(locale);
}
