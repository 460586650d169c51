using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Console;
using PartnershipBot.Data;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// The person's language through the real pipeline on a real SQLite file: the console's --locale, and the
/// `language de` override kept on the users row, which wins over the locale in every later chat.
/// </summary>
public sealed class LanguageChoiceTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ConsoleLocale_GermanPromptErrors()
    {
        await using var bot = await BotServices.StartAsync(database);
        var chat = new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System) { Locale = "de-DE" };
        using var output = new StringWriter();

        await chat.RunAsync("greta", new StringReader("new\nx\nquit\n"), output, interactive: false, CancellationToken.None);

        Assert.Contains("Das ist etwas kurz: bitte mindestens 3 Zeichen.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageCommand_StoredOnTheUsersRow_WinsOverTheLocaleLater_AutoFollowsItAgain()
    {
        await using var bot = await BotServices.StartAsync(database);
        var english = new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System) { Locale = "en-GB" };
        using var first = new StringWriter();

        await english.RunAsync("henri", new StringReader("language fr\nnew\nx\nquit\n"), first, interactive: false, CancellationToken.None);

        Assert.Contains("Je vous parle désormais en français.", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("C'est un peu court : utilisez au moins 3 caractères, s'il vous plaît.", first.ToString(), StringComparison.Ordinal);
        await using (var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal("fr", await db.Set<UserRow>().Where(u => u.UserId == "henri").Select(u => u.Language).SingleAsync());
        }

        // Another instance of the bot on the same database (nothing cached) reads the choice from the row.
        await using var other = await BotServices.StartAsync(database);
        using var second = new StringWriter();
        await new ConsoleChat(other.Get<ITurnProcessor>(), TimeProvider.System) { Locale = "en-GB" }
            .RunAsync("henri", new StringReader("y\ncancel\nlanguage auto\nnew\nx\nquit\n"), second, interactive: false, CancellationToken.None);

        var transcript = second.ToString();
        Assert.Contains("C'est un peu court", transcript, StringComparison.Ordinal);
        Assert.Contains("I'll follow the language of your Teams or Slack again.", transcript, StringComparison.Ordinal);
        var auto = transcript.IndexOf("I'll follow the language", StringComparison.Ordinal);
        Assert.Contains("That is a bit short: please use at least 3 characters.", transcript[auto..], StringComparison.Ordinal);
        Assert.DoesNotContain("C'est un peu court", transcript[auto..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageCommand_UnknownLanguage_ListsTheChoices()
    {
        await using var bot = await BotServices.StartAsync(database);
        using var output = new StringWriter();

        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("ines", new StringReader("language klingon\nquit\n"), output, interactive: false, CancellationToken.None);

        Assert.Contains("I speak English, German and French.", output.ToString(), StringComparison.Ordinal);
    }
}
