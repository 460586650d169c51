using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Approvals;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// Notices sent outside a turn read the recipient's language from their users row: a Slack owner who typed
/// <c>language fr</c> gets the decision notice in French; a person whose notices reach their linked Slack account
/// reads them in that account's language, whichever account planned the collaboration. The shared review channel
/// stays English. The outbox renders at send time, through the real turn pipeline and database.
/// </summary>
public sealed class NoticesInTheUsersLanguageTests : IDisposable
{
    private const string DanaSlack = "T0TEAM001:U0DANA";
    private readonly TempDatabase database = new();
    private readonly RecordingApprovalChannel slack = new(ChannelIds.Slack);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task SlackOwnerWhoChoseFrench_GetsTheDecisionNoticeInFrench_TheReviewChannelStaysEnglish()
    {
        await using var s = await ApprovalScenario.StartAsync(database, services: x => x.AddSingleton<IApprovalChannel>(slack));
        foreach (var line in ApprovalScenario.Review.Split('\n'))
        {
            await SlackAsync(s, line);
        }

        await SlackAsync(s, "language fr");
        var id = await s.CollaborationIdAsync();
        var decided = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "Nommez le *groupe* de pilotage", CancellationToken.None);
        Assert.Equal("Enregistré : modifications demandées par Ada Reviewer.", decided.Describe(Dialogs.Texts.Languages.French));
        Assert.Equal("Recorded: requested changes on by Ada Reviewer.", decided.Describe(PartnershipBot.Dialogs.Texts.Languages.English));

        await s.Bot.Get<ApprovalSender>().SendDueAsync(CancellationToken.None);

        var notice = Assert.Single(slack.Delivered);
        Assert.Equal(("fr", DanaSlack), (notice.Culture.Name, notice.Row.RecipientId));
        var card = Assert.IsType<CardReply>(Assert.Single(notice.Replies)).Card;
        Assert.Equal("Modifications demandées : Asthma school toolkit", card.Title.Value);
        Assert.Equal(
            "Ada Reviewer (Compliance reviewer) a demandé des modifications à « Asthma school toolkit » (cycle de revue 1).\n\n"
            + "Commentaire : « Nommez le \\*groupe\\* de pilotage »\n\n"
            + "Tapez **edit** (ou appuyez sur Modifier) pour changer les réponses, puis soumettez à nouveau : elle repartira ainsi en revue.",
            card.Text!.Value);
        Assert.Equal("Modifier", Assert.Single(card.Actions).Title);

        // The review request went to the shared Teams review channel: one team, English.
        var request = s.Channel.Delivered.First(m => m.Row.Kind == ApprovalMessageKinds.ReviewRequest);
        Assert.Equal("en", request.Culture.Name);
        Assert.Equal("Compliance review: Asthma school toolkit", Assert.IsType<CardReply>(Assert.Single(request.Replies)).Card.Title.Value);
    }

    [Fact]
    public async Task LinkedPerson_GetsTheNoticeInTheLanguageOfTheAccountItReaches()
    {
        await using var s = await ApprovalScenario.StartAsync(database, services: x => x.AddSingleton<IApprovalChannel>(slack));
        var code = System.Text.RegularExpressions.Regex.Match(await s.DanaAsync("link\n"), @"link code is ([A-Z2-9]{4})-([A-Z2-9]{4})");
        Assert.True(code.Success);
        await SlackAsync(s, $"link {code.Groups[1].Value}-{code.Groups[2].Value}");
        await SlackAsync(s, "reminders in slack");
        await SlackAsync(s, "language de");

        // Planned in the terminal, in English; the Slack account that the notice reaches reads German.
        var transcript = await s.DanaAsync(ApprovalScenario.Review);
        Assert.Contains("Sent for compliance review to Ada Reviewer (Compliance reviewer), Ben Checker (Head of compliance); you'll hear here when they decide.", transcript, StringComparison.Ordinal);
        await s.Approvals.DecideAsync(await s.CollaborationIdAsync(), 1, ApprovalDecision.Approve, ApprovalScenario.Ada, null, CancellationToken.None);
        await s.Bot.Get<ApprovalSender>().SendDueAsync(CancellationToken.None);

        var notice = Assert.Single(slack.Delivered);
        var card = Assert.IsType<CardReply>(Assert.Single(notice.Replies)).Card;
        Assert.Equal("Genehmigt: Asthma school toolkit", card.Title.Value);
        Assert.Equal("Ada Reviewer (Compliance reviewer) hat „Asthma school toolkit“ genehmigt (Prüfrunde 1). Die Vereinbarung kann jetzt bestätigt und unterzeichnet werden.", card.Text!.Value);
    }

    private static async Task SlackAsync(ApprovalScenario s, string text)
    {
        var turn = TestTurns.Message(text, DanaSlack, ChannelIds.Slack) with { Timestamp = s.Clock.GetUtcNow() };
        await s.Bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None);
    }
}
