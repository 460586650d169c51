using System.Globalization;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>
/// The pack's guidance in German and French (a de-DE / fr-FR client): the assessment's principles and reasons, the
/// checklist's items and the quiz from the pack's translations, with the answers as the language writes them, the
/// "not yet reviewed by compliance" mark once per card or message, and clause numbers and code names as in English.
/// </summary>
public sealed class GuidanceLanguageTranscriptTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private const string Title = "Asthma *Schule*";

    // A UK grant to a patient organisation, agreement drafted: R4 then cites the written agreement (Clause 27.2).
    private static readonly Answers UkGrant = Answers.Empty
        .With("title", Title)
        .With("partner", "Breathe UK")
        .With("partner_type", "patient_org")
        .With("scope", "domestic")
        .With("countries", "GB")
        .With("partner_country", "GB")
        .With("start_date", "2027-05-01")
        .With("end_date", "2028-04-30")
        .With("owner_is_me", "yes")
        .With("support_type", "grant")
        .With("support_amount", "25000")
        .With("support_currency", "GBP")
        .With("payment_timing", "one_payment")
        .With("payment_date", "2027-03-15")
        .With("paying_entity", "local")
        .With("patient_outcome", "fewer asthma attacks at school")
        .With("patients_set_objectives", "partly")
        .With("experts", "patient_experts")
        .With("recognition", "credit")
        .With("feedback_channel", "steering group")
        .With("review_cadence", "quarterly")
        .With("agreement_status", "drafted")
        .With("disclosure_plan", "company_website")
        .With("acknowledged_from_start", "yes")
        .With("benefits_profile", "joint case study");

    private static Transcript Start(string locale)
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)), new ChannelUser("msteams", "u1", "Alex", Locale: locale)) { Host = host.Apply };

        // Submitted earlier (in English: the stored checklist is the English one, as the host keeps it).
        chat.Inputs = host.Apply([new SaveCollaboration(Guid.NewGuid(), Title, CollaborationStatus.Submitted, UkGrant,
            ChecklistBuilder.Build(Pack, UkGrant, "Alex"), "Alex", Transcript.DefaultStart)]);
        chat.Send("hi");
        return chat;
    }

    [Fact]
    public void Assessment_InGerman_PrinciplesAndReasonsTranslated_MarkedOnce_TitleEscaped()
    {
        var chat = Start("de-DE");

        chat.Send("assessment");

        var card = Card(chat, "assessment:");
        Assert.Equal(@"Bewertung: Asthma \*Schule\*", card.Title.Value);
        var text = Transcript.Describe(chat.Replies.Single(r => r is CardReply));
        Assert.Contains("## R1 Patienten aufrichtig dienen:", text, StringComparison.Ordinal);
        Assert.Contains("Patienten haben die Ziele nur teilweise mitbestimmt; prüfen Sie „fewer asthma attacks at school“ mit ihnen, bevor Sie beginnen.", text, StringComparison.Ordinal);
        Assert.Contains("Patientenexperten oder pflegende Angehörige wirken ohne Vergütung zum fairen Marktwert mit (Nennung oder Mitautorschaft).", text, StringComparison.Ordinal);
        Assert.Contains("Rückmeldungen laufen über „steering group“; gemeinsame Überprüfungen: Vierteljährlich.", text, StringComparison.Ordinal);

        // German dates in the reason; the clause number stays in the source line as in English.
        Assert.Contains("## R4 Transparent sein und den Nutzen zeigen:", text, StringComparison.Ordinal);
        Assert.Contains("Der Vertrag ist erst entworfen: Er muss unterschrieben und zertifiziert sein, bevor Unterstützung gezahlt oder gegeben wird (die Arbeit beginnt am 1. Mai 2027)", text, StringComparison.Ordinal);
        var r4 = card.Sections.Single(s => s.Heading.Value.StartsWith("R4", StringComparison.Ordinal));
        Assert.Contains(r4.Facts, f => f.Value.Value.Contains("Clause 27.2 (2021 numbering); 2024 Clause 8.3", StringComparison.Ordinal));
        Assert.Contains(r4.Facts, f => f.Value.Value == "Machen Sie die Zusammenarbeit öffentlich und nutzen Sie Gelegenheiten zu zeigen, was die gemeinsame Arbeit erreicht hat.");

        Assert.Equal(1, Occurrences(card, "(Übersetzung noch nicht von Compliance geprüft)"));
        Assert.EndsWith("_(Übersetzung noch nicht von Compliance geprüft)_", card.Text!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_InGerman_ItemsTranslatedWithGermanAmounts_MarkedOnce_TitleEscaped()
    {
        var chat = Start("de-DE");

        chat.Send("checklist");

        var card = Card(chat, "checklist:");
        Assert.Equal(@"Checkliste: Asthma \*Schule\*", card.Title.Value);
        var written = card.Checklist.Single(e => e.ItemId == "written-agreement");
        Assert.Equal("Unterschreiben Sie den schriftlichen Vertrag mit Breathe UK, bevor Unterstützung gezahlt oder gegeben wird.", written.Text);
        Assert.StartsWith("Er muss festhalten, worin die Unterstützung besteht, ihr Ziel", written.Detail, StringComparison.Ordinal);
        var annual = card.Checklist.Single(e => e.ItemId == "annual-disclosure");
        Assert.StartsWith("Erfassen Sie die Unterstützung für Breathe UK (25.000 GBP) für die eigene veröffentlichte Liste der Patientenorganisationen des Unternehmens", annual.Text + " " + annual.Detail, StringComparison.Ordinal);
        Assert.Contains(card.Checklist, e => e.Text == "Lassen Sie den schriftlichen Vertrag mit Breathe UK nach dem ABPI-Zertifizierungsverfahren des Unternehmens zertifizieren, bevor er unterschrieben und bevor Unterstützung gezahlt oder gegeben wird.");

        Assert.Equal(1, Occurrences(card, "(Übersetzung noch nicht von Compliance geprüft)"));
    }

    [Fact]
    public void AssessmentAndChecklist_InFrench_TranslatedAndMarkedOnce()
    {
        var chat = Start("fr-FR");

        chat.Send("assessment");
        var assessment = Card(chat, "assessment:");
        var text = Transcript.Describe(chat.Replies.Single(r => r is CardReply));
        Assert.Contains("## R1 Servir réellement les patients:", text, StringComparison.Ordinal);
        Assert.Contains("Les patients n'ont fixé les objectifs qu'en partie ; vérifiez « fewer asthma attacks at school » avec eux avant de commencer.", text, StringComparison.Ordinal);
        Assert.Contains("Des patients experts ou des aidants participent sans rémunération à la juste valeur du marché (mention ou co-signature).", text, StringComparison.Ordinal);
        Assert.Contains("Les retours passent par « steering group » et vous faites une revue commune tous les trimestres.", text, StringComparison.Ordinal);
        Assert.Contains("La convention n'est que rédigée : elle doit être signée, et certifiée, avant tout versement ou toute remise de soutien (le travail commence le 1 mai 2027)", text, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(assessment, "(traduction pas encore vérifiée par la conformité)"));

        chat.Send("checklist");
        var checklist = Card(chat, "checklist:");
        Assert.Equal(@"Checklist : Asthma \*Schule\*", checklist.Title.Value);
        Assert.Contains(checklist.Checklist, e => e.Text == "Signez la convention écrite avec Breathe UK avant tout versement ou toute remise de soutien.");
        Assert.Contains(checklist.Checklist, e => e.Text == "Faites certifier la convention écrite avec Breathe UK selon la procédure de certification ABPI de l'entreprise avant sa signature et avant tout versement ou toute remise de soutien.");
        Assert.Equal(1, Occurrences(checklist, "(traduction pas encore vérifiée par la conformité)"));
    }

    [Fact]
    public void AssessmentAndChecklist_InEnglish_Unchanged_NoMark()
    {
        var chat = Start("en-GB");

        chat.Send("assessment");
        var assessment = Card(chat, "assessment:");
        Assert.Contains(assessment.Sections, s => s.Text!.Value.StartsWith("Patients only partly set the objectives", StringComparison.Ordinal));
        chat.Send("checklist");
        var checklist = Card(chat, "checklist:");
        Assert.Equal(ChecklistBuilder.Build(Pack, UkGrant, "Alex").Single(i => i.ItemId == "certify-agreement").Text,
            checklist.Checklist.Single(e => e.ItemId == "certify-agreement").Text);
        Assert.Equal(0, Occurrences(assessment, "not yet reviewed") + Occurrences(checklist, "not yet reviewed"));
    }

    [Fact]
    public void Quiz_InGerman_ScenarioOptionsAndExplanationTranslated_MarkedOnEachMessage()
    {
        var german = Languages.For("de-DE");
        var chat = Start("de-DE");

        chat.Send("quiz");
        var asked = Transcript.Describe(chat.Replies[^1]);
        var question = Pack.Quiz.Select(q => q.In(german)).Single(q => asked.Contains(q.Scenario, StringComparison.Ordinal));
        Assert.Contains("(Übersetzung noch nicht von Compliance geprüft)", asked, StringComparison.Ordinal);
        var shown = chat.Replies.OfType<ChoicesReply>().Last().Choices.Select(c => c.Title).ToList();
        Assert.Equal(question.Options.Select(o => o.Text).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));

        chat.Send((shown.IndexOf(question.Options[question.CorrectIndex].Text) + 1).ToString(CultureInfo.InvariantCulture));

        var feedback = Transcript.Describe(chat.Replies[1]);
        Assert.Contains(question.Explanation, feedback, StringComparison.Ordinal);
        Assert.EndsWith("_(Übersetzung noch nicht von Compliance geprüft)_", feedback, StringComparison.Ordinal);
        Assert.NotEqual(Pack.Quiz.Single(q => q.Id == question.Id).Explanation, question.Explanation);
    }

    private static Card Card(Transcript chat, string keyPrefix) =>
        chat.Replies.OfType<CardReply>().Select(r => r.Card).Single(c => c.Key!.StartsWith(keyPrefix, StringComparison.Ordinal));

    private static int Occurrences(Card card, string fragment)
    {
        IEnumerable<string> texts =
        [
            card.Title.Value,
            card.Text?.Value ?? "",
            .. card.Sections.SelectMany(s => (IEnumerable<string>)[s.Heading.Value, s.Text?.Value ?? "", .. s.Facts.Select(f => f.Value.Value)]),
            .. card.Checklist.Select(e => $"{e.Text} {e.Detail}"),
        ];
        return texts.Sum(t => (t.Length - t.Replace(fragment, "", StringComparison.Ordinal).Length) / fragment.Length);
    }
}
