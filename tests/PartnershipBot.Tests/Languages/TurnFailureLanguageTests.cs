using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Turns;
using Lang = PartnershipBot.Dialogs.Texts.Languages;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// What the host says when a turn fails, in the failed turn's language: a German Teams user (activity locale
/// de-DE) gets the apology in German through the real endpoint; English stays word for word as before.
/// </summary>
public sealed class TurnFailureLanguageTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public void English_IsWordForWordWhatItWas()
    {
        Assert.Equal(EnglishTurnMessages.TooManyAtOnce, TurnMessages.TooManyAtOnce(Lang.English).Value);
        Assert.Equal(EnglishTurnMessages.SomethingWentWrong, TurnMessages.SomethingWentWrong(Lang.For("en-US")).Value);
        Assert.Equal(EnglishTurnMessages.TryAgainShortly, TurnMessages.TryAgainShortly(Lang.For("es-ES")).Value);
    }

    [Theory]
    [InlineData("de-DE", "Entschuldigung, bei mir ist etwas schiefgegangen. Ich habe die aktuelle Frage beendet, aber alles, was Sie mir bisher gesagt haben, bleibt erhalten. Geben Sie **help** ein, um weiterzumachen.")]
    [InlineData("fr-FR", "Désolé, un problème est survenu de mon côté. J'ai arrêté la question en cours, mais tout ce que vous m'avez dit jusqu'ici est conservé. Tapez **help** pour continuer.")]
    public async Task Teams_MessageWhenTurnFails_ApologisesInTheUsersLanguage(string locale, string apology)
    {
        // The turn fails inside the real processor: the snapshot it loads before the dialogs cannot be read.
        var inputs = new Mock<ITurnInputsProvider>();
        inputs.Setup(p => p.LoadAsync(It.IsAny<Turn>(), It.IsAny<BotDbContext>(), It.IsAny<PartnershipBot.Dialogs.Engine.TurnInputs>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("snapshot store down"));
        await using var bot = new TeamsBotFactory(_fake, services: s => s.AddSingleton(inputs.Object));
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        activity["locale"] = locale;

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await _fake.WaitForAsync(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
        Assert.Equal(apology, (string?)sent.Json["text"]);
    }
}
