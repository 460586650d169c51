using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Teams;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Texts;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// The chrome the channels add themselves (labels, buttons, the App Home) in the user's language, through the real
/// endpoints: a Teams client whose locale is de-DE or fr-FR, a Slack user whose users.info locale is fr-FR or de-DE.
/// And every Cards text Slack shows as a modal title or a button fits Slack's limits in every language.
/// </summary>
public sealed class CardsInTheUsersLanguageTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    [Theory]
    [InlineData("de-DE", "Ihre Antwort", "Absenden", "Bitte wählen Sie eine Option.")]
    [InlineData("fr-FR", "Votre réponse", "Envoyer", "Veuillez choisir une option.")]
    [InlineData("en-GB", "Your answer", "Submit", "Please choose an option.")]
    public async Task Teams_QuestionCard_LabelButtonAndError_InTheClientsLanguage(string locale, string label, string submit, string error)
    {
        await using var bot = new TeamsBotFactory(_teams);
        var chat = new TeamsChat(bot, _teams) { Locale = locale };

        await chat.SayAsync("new");
        await chat.SayAsync("Asthma <b>school</b> *toolkit*");
        var card = (await chat.SayAsync("Breathe Easy")).Single()["attachments"]![0]!["content"]!;

        var choices = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!;
        Assert.Equal(label, (string?)choices["label"]);
        Assert.Equal(error, (string?)choices["errorMessage"]);
        Assert.Equal(submit, (string?)card["actions"]![0]!["title"]);
    }

    [Fact]
    public async Task Slack_FrenchUser_HomeTab_InFrench_WithTheTitleStillEscaped()
    {
        _slack.UserLocale = "fr-FR";
        await using var bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?> { ["Slack:ChannelMessageInterval"] = "00:00:00.010" });
        var run = Guid.NewGuid().ToString("N")[..8];
        await SayAsync(bot, $"EvA{run}", "new");
        // As Slack sends what the user typed: "Asthme <b> & co", with &, < and > escaped.
        await SayAsync(bot, $"EvB{run}", "Asthme &lt;b&gt; &amp; co");

        using (var opened = await bot.PostSignedAsync(SlackServices.EventsPath, HomePayloads.HomeOpened($"EvHome{run}", "home"), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var view = (await _slack.WaitForApiAsync("views.publish")).Body["view"]!.ToJsonString(Readable);
        Assert.Contains("*Vos collaborations*", view, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Nouveau\"", view, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Remplir un formulaire\"", view, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Ouvrir\"", view, StringComparison.Ordinal);
        Assert.Contains("Statut : ", view, StringComparison.Ordinal);
        Assert.Contains("*Asthme &lt;b&gt; &amp; co*", view, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", view, StringComparison.Ordinal);
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task Slack_GermanUser_FormModal_ButtonsAndTitleInGerman()
    {
        _slack.UserLocale = "de-DE";
        await using var bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?> { ["Slack:ChannelMessageInterval"] = "00:00:00.010" });
        var run = Guid.NewGuid().ToString("N")[..8];

        // The user's locale is known from their first turn; the Home tab's "Fill in a form" then opens the form's modal.
        await SayAsync(bot, $"EvA{run}", "help");
        using (var click = await bot.PostSignedAsync(SlackServices.InteractionsPath, HomePayloads.HomeClick(new JsonObject
        {
            ["action_id"] = SlackBlocks.ActionId(Dialogs.CardIds.InterviewForm, "home"),
            ["type"] = "button",
            ["value"] = JsonSerializer.Serialize(new Dictionary<string, string> { [Dialogs.CardIds.FormStep] = Dialogs.CardIds.FormOpen }),
        })))
        {
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        }

        var modal = (await _slack.WaitForApiAsync("views.open")).Body["view"]!;
        Assert.Equal("Weiter", (string?)modal["submit"]!["text"]);
        Assert.Equal("Schließen", (string?)modal["close"]!["text"]);
        Assert.Empty(_slack.Refusals);
    }

    /// <summary>Slack refuses a whole view or message when one of these is longer than its limit.</summary>
    [Fact]
    public void SlackModalTitlesAndButtons_FitSlacksLimits_InEveryLanguage()
    {
        LocalText[] modalTexts = [Say.FormPlanTitle, Say.FormEditTitle, Say.NoteTitle, Say.ApprovalRequestChangesTitle, Say.ApprovalRejectTitle,
            Say.CardSubmit, Say.CardNext, Say.CardClose, Say.CardCancel, Say.CardDoneButton, Say.NoteSubmit, Say.ApprovalSendToOwner, Say.ApprovalReject];
        LocalText[] buttons = [Say.CardFillInAForm, Say.CardEditInAForm, Say.CardSubmit, Say.SlackPickADate, Say.HomeNew, Say.HomeChecklist, Say.HomeQuiz,
            Say.HomeOpen, Say.HomeEdit, Say.HomeDone, Say.HomeSnoozeDay, Say.HomeSnoozeWeek, Say.ApprovalApprove, Say.ApprovalRequestChanges];
        var tooLong = new List<string>();
        foreach (var culture in Dialogs.Texts.Languages.All)
        {
            tooLong.AddRange(modalTexts.Select(t => (t, Text: t.Plain(culture))).Where(x => x.Text.Length > SlackInterviewModal.MaxTitle).Select(x => $"{culture.Name} {x.t.Key}: {x.Text}"));
            tooLong.AddRange(buttons.Select(t => (t, Text: t.Plain(culture))).Where(x => x.Text.Length > SlackBlocks.MaxButtonText).Select(x => $"{culture.Name} {x.t.Key}: {x.Text}"));
            var choose = Say.SlackChooseNumber.Plain(culture, "100");
            Assert.True(choose.Length <= SlackBlocks.MaxButtonText, choose);
        }

        Assert.Equal(24, SlackInterviewModal.MaxTitle);
        Assert.Equal(SlackInterviewModal.MaxTitle, SlackApprovalModal.MaxTitle);
        Assert.Empty(tooLong);
    }

    private async Task SayAsync(SlackBotFactory bot, string id, string text)
    {
        using var response = await bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }
}
