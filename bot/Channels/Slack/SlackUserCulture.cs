using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The culture of a Slack user where no turn gives one (the App Home, a modal's "saving…", a note picker): their
/// own choice (<c>language de</c>, the users row's Language), else their Slack locale (users.info, as cached, else as
/// stored on their users row), else English. The same rule as <see cref="Turn.Culture"/>.
/// </summary>
public sealed class SlackUserCulture(UserLanguages languages, SlackUserCache users, IDbContextFactory<BotDbContext> contexts, ILogger<SlackUserCulture> logger)
{
    /// <param name="userKey">TEAM:USER, as <see cref="SlackTurnHandler.UserKey"/> writes it.</param>
    public async Task<CultureInfo> GetAsync(string userKey, CancellationToken cancellationToken)
    {
        var chosen = await languages.GetAsync(ChannelIds.Slack, userKey, cancellationToken);
        var locale = users.TryGet(userKey, out var info) && info.Locale is { Length: > 0 } cached ? cached : await StoredLocaleAsync(userKey, cancellationToken);
        return new Turn
        {
            Id = "",
            User = new ChannelUser(ChannelIds.Slack, userKey, Locale: locale),
            Conversation = new ConversationRef(ChannelIds.Slack, userKey),
            Timestamp = default,
            Language = chosen,
        }.Culture;
    }

    private async Task<string?> StoredLocaleAsync(string userKey, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Set<UserRow>().AsNoTracking()
                .Where(u => u.Channel == ChannelIds.Slack && u.UserId == userKey)
                .Select(u => u.Locale)
                .FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Chrome in English is better than no view: the database's outage shows in the turns' own writes.
            SlackLog.LocaleUnread(logger, ex.GetType().Name);
            return null;
        }
    }
}
