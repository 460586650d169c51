using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Dialogs.Tests.Support;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>
/// The forms in German and French, as the Teams dialog and the Slack modal receive them: the interview's pages
/// and the edit form's (title, intro, refusals, the pack's translated labels and Yes/No), the readiness and labels
/// on the assessment the last page submits, the review status, and the safety note's replies. A title with markup
/// stays escaped in every language.
/// </summary>
public sealed class FormsInTheUsersLanguageTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private const string Title = "Asthma *Schule* [x]";

    private static readonly Dictionary<string, string> Typed = new()
    {
        ["title"] = Title,
        ["partner"] = "Atemwege e.V.",
        ["scope"] = "domestic",
        ["countries"] = "DE",
        ["partner_country"] = "DE",
        ["start_date"] = "2027-05-01",
        ["end_date"] = "2028-04-30",
        ["owner_is_me"] = "yes",
        ["support_amount"] = "25000",
        ["payment_date"] = "2027-06-01",
    };

    private static (Transcript Chat, WorkspaceHost Host) Start(string locale)
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack).AddSafetyNotes()), new ChannelUser(ChannelIds.Teams, "u1", "Alex", Locale: locale)) { Host = host.Apply };
        chat.Inputs = host.Apply([]);
        chat.Send("hi");
        return (chat, host);
    }

    private static FormPageReply Page(Transcript chat) => Assert.Single(chat.Replies.OfType<FormPageReply>());

    /// <summary>Next with every field of the page filled: the typed value, a choice's first option, else a long enough text.</summary>
    private static Transcript Next(Transcript chat, FormPageReply page, string? empty = null)
    {
        var values = new Dictionary<string, string>(page.Values) { [CardIds.FormStep] = CardIds.FormNext };
        foreach (var field in page.Fields)
        {
            var id = field.Id[CardIds.FormFieldPrefix.Length..];
            values[field.Id] = id == empty ? ""
                : Typed.TryGetValue(id, out var typed) ? typed
                : field.Choices.Count > 0 ? field.Choices[0].Value
                : "A long enough answer";
        }

        return chat.Submit(page.FormId, values);
    }

    /// <summary>The interview filled in its form to the end: the last page submits.</summary>
    private static void FillInterview(Transcript chat)
    {
        chat.Submit(CardIds.InterviewForm, new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen });
        for (var i = 0; i < 20 && chat.Replies.OfType<FormPageReply>().SingleOrDefault() is { } page; i++)
        {
            Next(chat, page);
        }
    }

    [Fact]
    public void InterviewForm_InGerman_PagesRefusalsAndTheSubmittedAssessment()
    {
        var (chat, _) = Start("de-DE");

        var first = Page(chat.Submit(CardIds.InterviewForm, new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen }));
        Assert.Equal("Zusammenarbeit planen", first.Title.Value);
        Assert.StartsWith("Fragen 1 bis 5 von etwa ", first.Intro, StringComparison.Ordinal);
        Assert.EndsWith("Jede Seite wird als Entwurf gespeichert, wenn Sie auf Weiter klicken: Sie können diesen Dialog jederzeit schließen und im Chat **new** eingeben, um dort weiterzumachen.", first.Intro, StringComparison.Ordinal);
        Assert.StartsWith("1. Wie heißt die Zusammenarbeit? ", first.Fields[0].Prompt, StringComparison.Ordinal);
        Assert.Contains("(Übersetzung noch nicht von Compliance geprüft)", first.Fields[0].Prompt, StringComparison.Ordinal);

        var refused = Page(Next(chat, first, empty: "partner"));
        Assert.Equal("Einige Antworten müssen Sie sich noch einmal ansehen: siehe die Hinweise darunter.", refused.Intro);
        Assert.Equal("Bitte beantworten Sie diese Frage.", refused.Fields.Single(f => f.Id == "q:partner").Error);

        FillInterview(chat);
        chat.Saw("„Asthma \\*Schule\\* \\[x\\]“ eingereicht.");
        var assessment = chat.Replies.OfType<CardReply>().First().Card;
        Assert.Equal("**Startklar: Alle Bereiche sind stark.** _(Übersetzung noch nicht von Compliance geprüft)_", assessment.Text!.Value);
        Assert.All(assessment.Sections, s => Assert.EndsWith(": Stark", s.Heading.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void EditForm_InGerman_TitleIntroAndYesNo()
    {
        var (chat, host) = Start("de-DE");
        FillInterview(chat);
        var id = Assert.Single(host.Collaborations).Id.ToString("N");

        var page = Page(chat.Submit(CardIds.EditForm, new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = id, [CardIds.FormStep] = CardIds.FormOpen }));

        // The title is the user's: escaped inside the German quotes, never markup.
        Assert.Equal("„Asthma \\*Schule\\* \\[x\\]“ bearbeiten", page.Title.Value);
        Assert.Equal("Ändern Sie beliebige Antworten, Seite für Seite. Gespeichert wird erst, wenn Sie auf der letzten Seite auf Einreichen klicken; damit geht die Zusammenarbeit erneut in die Prüfung.", page.Intro);
        Assert.Equal(Title, page.Fields[0].Value);

        var second = Page(Next(chat, page));
        Assert.Matches(@"^Fragen 6 bis 10 von \d+\. Ihre Änderungen bleiben unterwegs erhalten; gespeichert werden sie, wenn Sie auf der letzten Seite auf Einreichen klicken\.$", second.Intro);
        var confirm = Assert.Single(second.Fields, f => f.Id == "q:owner_is_me");
        Assert.Equal(["Ja", "Nein"], confirm.Choices.Select(c => c.Title));
        Assert.Equal(["yes", "no"], confirm.Choices.Select(c => c.Value));
    }

    [Fact]
    public void Forms_InFrench_InterviewPageEditFormAndTheStatusLabels()
    {
        var (chat, host) = Start("fr-FR");
        var first = Page(chat.Submit(CardIds.InterviewForm, new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen }));
        Assert.Equal("Planifier une collaboration", first.Title.Value);
        Assert.StartsWith("Questions 1 à 5 sur environ ", first.Intro, StringComparison.Ordinal);
        Assert.Equal("Veuillez répondre à cette question.", Page(Next(chat, first, empty: "title")).Fields[0].Error);

        FillInterview(chat);
        chat.Saw("« Asthma \\*Schule\\* \\[x\\] » soumise.");
        Assert.Equal("**Prête à démarrer : tous les domaines sont solides.** _(traduction pas encore vérifiée par la conformité)_", chat.Replies.OfType<CardReply>().First().Card.Text!.Value);

        var id = Assert.Single(host.Collaborations).Id.ToString("N");
        var page = Page(chat.Submit(CardIds.EditForm, new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = id, [CardIds.FormStep] = CardIds.FormOpen }));
        Assert.Equal("Modifier « Asthma \\*Schule\\* \\[x\\] »", page.Title.Value);
        Assert.Equal("Modifiez n'importe quelle réponse, page par page. Rien n'est enregistré avant que vous cliquiez sur Soumettre à la dernière page, ce qui renvoie la collaboration en revue.", page.Intro);

        // A collaboration that is not the user's: refused in French.
        chat.Submit(CardIds.EditForm, new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = Guid.NewGuid().ToString("N"), [CardIds.FormStep] = CardIds.FormOpen })
            .Saw("Cette collaboration ne fait pas partie des vôtres. Tapez **list** pour voir les vôtres.");
    }

    [Fact]
    public void StatusAndReadinessLabels_InEachLanguage()
    {
        var approved = new ApprovalRecord { Round = 1, Status = ApprovalStatus.Approved, DecidedBy = "Ada *Reviewer*" };

        Assert.Equal("approved by Ada *Reviewer*", ApprovalStatus.Describe(approved, Languages.English));
        Assert.Equal("freigegeben von Ada *Reviewer*", ApprovalStatus.Describe(approved, Languages.German));
        Assert.Equal("approuvée par Ada *Reviewer*", ApprovalStatus.Describe(approved, Languages.French));
        Assert.Equal("Änderungen angefordert", ApprovalStatus.Describe(approved with { Status = ApprovalStatus.ChangesRequested }, Languages.German));

        // The interview as the form fills it is strong everywhere; three answers make two gaps and one area to improve.
        var (chat, host) = Start("en");
        FillInterview(chat);
        var answers = Assert.Single(host.Collaborations).Answers
            .With("review_cadence", "not_planned").With("patients_set_objectives", "no").With("agreement_status", "drafted");
        var assessment = Assessor.Assess(Pack, answers);
        Assert.Equal("Not ready yet: 2 gaps to close and 1 area to improve.", assessment.Readiness(Languages.English));
        Assert.Equal("Noch nicht startklar: 2 Lücken zu schließen und 1 Bereich zu verbessern.", assessment.Readiness(Languages.German));
        Assert.Equal("Pas encore prête : 2 lacunes à combler et 1 domaine à améliorer.", assessment.Readiness(Languages.French));
        Assert.Equal("Fast startklar: 1 Bereich braucht Aufmerksamkeit.", Assessor.Assess(Pack, Assert.Single(host.Collaborations).Answers.With("review_cadence", "yearly")).Readiness(Languages.German));
        Assert.Equal("Braucht Aufmerksamkeit", Assessor.Label(AssessmentStatus.NeedsAttention, Languages.German));
        Assert.Equal("Lacune", Assessor.Label(AssessmentStatus.Gap, Languages.French));
    }

    [Theory]
    [InlineData("de-DE", "Danke: Ihre Notiz ist **PV-20270301-ABCD** hinzugefügt und geht mit der Meldung an die Pharmakovigilanz.", "Ich finde keine Sicherheitsmeldung **PV-20270301-ZZZZ** von Ihnen.")]
    [InlineData("fr-FR", "Merci : votre note est ajoutée à **PV-20270301-ABCD** et part avec lui à la pharmacovigilance.", "Je ne trouve aucun signalement de sécurité **PV-20270301-ZZZZ** à votre nom.")]
    public void SafetyNote_RepliesInTheUsersLanguage(string locale, string added, string notFound)
    {
        var (chat, host) = Start(locale);
        var reports = new SafetyReportsSnapshot([new SafetyReportSummary("PV-20270301-ABCD", Transcript.DefaultStart)]);
        chat.Host = effects => host.Apply(effects).With(reports);
        chat.Inputs = host.Apply([]).With(reports);

        chat.Send("safety note it was sunburn, not the tablets").Saw(added);
        Assert.Equal("it was sunburn, not the tablets", Assert.IsType<AddSafetyNote>(Assert.Single(chat.Effects)).Text);
        chat.Send("safety note PV-20270301-ZZZZ nothing").Saw(notFound);
    }
}

/// <summary>Each fragment in some reply of the last turn.</summary>
file static class FormTranscriptSaw
{
    public static Transcript Saw(this Transcript chat, params string[] fragments)
    {
        var texts = chat.Replies.Select(Transcript.Describe).ToList();
        foreach (var fragment in fragments)
        {
            Assert.True(texts.Any(t => t.Contains(fragment, StringComparison.Ordinal)), $"No reply contains \"{fragment}\":\n{string.Join("\n", texts)}");
        }

        return chat;
    }
}
