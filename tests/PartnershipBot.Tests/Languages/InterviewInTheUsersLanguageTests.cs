using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Teams;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// The interview through the real endpoints in the user's language: a Teams user whose client says de-DE, a Slack
/// user whose users.info locale is fr-FR. Questions from the pack's (unreviewed) translations, typed dates and
/// amounts read as the language writes them, the answers stored language-neutral.
/// </summary>
public sealed class InterviewInTheUsersLanguageTests : IAsyncLifetime
{
    private FakeBotFramework _teams = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeBotFramework.StartAsync();
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Teams_GermanLocale_WholeInterviewInGerman()
    {
        await using var bot = new TeamsBotFactory(_teams);
        var chat = new TeamsChat(bot, _teams) { Locale = "de-DE" };

        var start = await chat.SayAsync("new");
        Assert.Contains(start, a => Text(a).Contains("Planen wir die Zusammenarbeit.", StringComparison.Ordinal));
        Assert.Contains(start, a => Text(a).Contains("Wie heißt die Zusammenarbeit?", StringComparison.Ordinal) && Text(a).Contains("noch nicht von Compliance geprüft", StringComparison.Ordinal));
        await Expect(chat, "Asthma-Schulprojekt", "Mit welcher Organisation");
        await Expect(chat, "Atemwege e.V.", "Welche Art von Organisation");
        await Expect(chat, "Patientenorganisation", "Inland oder international");
        await Expect(chat, "Inland", "Welche Länder");
        await Expect(chat, "UK", "In welchem Land hat der Partner seinen Sitz");
        await Expect(chat, "UK", "Wann soll die Zusammenarbeit beginnen?");
        await Expect(chat, "1.5.2027", "Verstanden: Samstag, 1. Mai 2027.");
        await Expect(chat, "30.4.2028", "Verstanden: Sonntag, 30. April 2028.");
        await Expect(chat, "ja", "Welche Art von Unterstützung");
        await Expect(chat, "Zuschuss", "Wie viel ist die Unterstützung ungefähr wert?");
        await Expect(chat, "25.000", "In welcher Währung?");
        foreach (var answer in new[] { "GBP", "Eine Zahlung", "15.3.2027", "Die Gesellschaft im Land des Partners", "Kinder mit Asthma fehlen seltener in der Schule", "ja",
            "Patientenexperten", "Namentliche Danksagung", "Eine Steuerungsgruppe mit zwei Eltern", "Vierteljährlich", "Entworfen", "Beide Websites", "ja" })
        {
            await chat.SayAsync(answer);
        }

        var summary = await chat.SayAsync("Ein gemeinsames Poster beim nationalen Asthmakongress");
        var list = Text(summary[0]);
        Assert.Contains("Hier sind Ihre Antworten:", list, StringComparison.Ordinal);
        Assert.Contains("**Betrag**: 25.000", list, StringComparison.Ordinal);
        Assert.Contains("**Beginn**: 1. Mai 2027", list, StringComparison.Ordinal);

        var submitted = await chat.SayAsync("submit");
        Assert.Contains(submitted, a => Text(a).Contains("„Asthma-Schulprojekt“ eingereicht.", StringComparison.Ordinal));
        Assert.Contains(submitted, a => Text(a).Contains("Bewertung: Asthma-Schulprojekt", StringComparison.Ordinal));
        Assert.Contains(submitted, a => Text(a).Contains("Checkliste: Asthma-Schulprojekt", StringComparison.Ordinal));

        await using var db = await bot.Database.CreateContextAsync();
        var answers = await db.Answers.ToListAsync();
        Assert.Equal("[\"25000\"]", answers.Single(a => a.QuestionId == "support_amount").ValuesJson);
        Assert.Equal("[\"2027-05-01\"]", answers.Single(a => a.QuestionId == "start_date").ValuesJson);
        Assert.Equal("[\"grant\"]", answers.Single(a => a.QuestionId == "support_type").ValuesJson);
    }

    [Fact]
    public async Task Slack_FrenchUserLocale_InterviewInFrench()
    {
        _slack.UserLocale = "fr-FR";
        await using var bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?> { ["Slack:ChannelMessageInterval"] = "00:00:00.010" });
        var run = Guid.NewGuid().ToString("N")[..8];
        var n = 0;
        async Task Say(string text)
        {
            var id = $"Ev{++n}{run}";
            using var response = await bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
        }

        Task<RecordedCall> Posted(string fragment) =>
            _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal));

        await Say("new");
        await Posted("Planifions la collaboration.");
        await Posted("Comment s'appelle la collaboration ?");
        Assert.Contains(_slack.Api("users.info"), c => c["include_locale"] == "true");
        foreach (var (answer, next) in new[]
        {
            ("Programme asthme", "Avec quelle organisation collaborez-vous ?"),
            ("Souffle France", "Quel type d'organisation est le partenaire ?"),
            ("Association de patients", "Le travail est-il national ou international ?"),
            ("national", "Quels pays la collaboration couvre-t-elle ?"),
            ("FR", "Dans quel pays le partenaire est-il établi"),
            ("FR", "Quand la collaboration doit-elle commencer ?"),
            ("01/05/2027", "C'est noté : samedi 1 mai 2027."),
            ("30 avril 2028", "C'est noté : dimanche 30 avril 2028."),
            ("oui", "Quel type de soutien"),
            ("Subvention", "Quelle est la valeur approximative du soutien ?"),
            ("25 000", "Dans quelle devise ?"),
        })
        {
            await Say(answer);
            await Posted(next);
        }

        await using var db = await bot.Database.CreateContextAsync();
        Assert.Equal("[\"25000\"]", (await db.Answers.SingleAsync(a => a.QuestionId == "support_amount")).ValuesJson);
        Assert.Equal("[\"2027-05-01\"]", (await db.Answers.SingleAsync(a => a.QuestionId == "start_date")).ValuesJson);
    }

    // The card's JSON with its non-ASCII letters as they are (ToJsonString escapes ü as \u00FC).
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(JsonNode activity) =>
        (string?)activity["text"] ?? activity["attachments"]?[0]?["content"]?.ToJsonString(Readable) ?? "";

    private static async Task Expect(TeamsChat chat, string answer, string fragment)
    {
        var replies = await chat.SayAsync(answer);
        Assert.True(replies.Any(a => Text(a).Contains(fragment, StringComparison.Ordinal)), $"After \"{answer}\" no reply contains \"{fragment}\": {string.Join(" | ", replies.Select(Text))}");
    }
}
