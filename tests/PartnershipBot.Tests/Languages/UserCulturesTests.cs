using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// The language of a message sent outside a turn, read from the users rows the turns wrote: the person's choice
/// over the channel's locale, the locale over English, a Teams reviewer found through their Entra id, and a
/// stranger in English.
/// </summary>
public sealed class UserCulturesTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ChoiceOverLocale_LocaleOverEnglish_ReviewerByEntraId_StrangerEnglish()
    {
        await using var bot = await BotServices.StartAsync(database);
        await using (var db = await database.CreateContextAsync())
        {
            db.Add(new UserRow { Channel = ChannelIds.Slack, UserId = "T1:UFR", Locale = "de-DE", Language = "fr" });
            db.Add(new UserRow { Channel = ChannelIds.Teams, UserId = "29:ada", Locale = "de-AT" });
            db.Add(new UserRow { Channel = ChannelIds.Teams, UserId = "29:es", Locale = "es-ES" });
            db.Add(new ConversationAddress { Channel = ChannelIds.Teams, UserId = "29:ada", ConversationId = "a:ada", AadObjectId = "oid-ada" });
            await db.SaveChangesAsync();
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal("fr", (await UserCultures.OfAccountAsync(read, ChannelIds.Slack, "T1:UFR", CancellationToken.None)).Name);
        Assert.Equal("de-AT", (await UserCultures.OfAccountAsync(read, ChannelIds.Teams, "29:ada", CancellationToken.None)).Name);
        Assert.Equal("de-AT", (await UserCultures.OfEntraUserAsync(read, "oid-ada", CancellationToken.None)).Name);
        Assert.Equal("en", (await UserCultures.OfAccountAsync(read, ChannelIds.Teams, "29:es", CancellationToken.None)).Name);
        Assert.Equal("en", (await UserCultures.OfAccountAsync(read, ChannelIds.Teams, "29:nobody", CancellationToken.None)).Name);
        Assert.Equal("en", (await UserCultures.OfEntraUserAsync(read, "oid-unknown", CancellationToken.None)).Name);
    }
}
