using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>
/// The interview in German and French (a de-DE / fr-FR locale): the pack's translated questions, marked as not
/// yet reviewed by compliance, German dates and amounts typed and echoed, the errors and the answers' summary in
/// the language, and the English command words still working.
/// </summary>
public sealed class GermanInterviewTranscriptTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private static Transcript Start(string locale)
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)), new ChannelUser("msteams", "u1", "Alex", Locale: locale)) { Host = host.Apply };
        chat.Inputs = host.Apply([]);
        chat.Send("hi");
        return chat;
    }

    [Fact]
    public void Interview_InGerman_TypedGermanDatesAndAmounts_SummaryInGerman()
    {
        var chat = Start("de-DE");
        chat.Send("new").Saw("Planen wir die Zusammenarbeit.", "**1.** Wie heißt die Zusammenarbeit?", "(Übersetzung noch nicht von Compliance geprüft)")
            .Send("x").Saw("Das ist etwas kurz: bitte mindestens 3 Zeichen.")
            .Send("Asthma-Schulprojekt").Saw("Mit welcher Organisation arbeiten Sie zusammen?")
            .Send("help").Saw("Der rechtliche oder übliche Name des Partners", "(Übersetzung noch nicht von Compliance geprüft)", "Sie können auch **back**")
            .Send("Atemwege e.V.").Saw("Welche Art von Organisation ist der Partner?")
            .Send("Patientenorganisation").Saw("Findet die Arbeit im Inland oder international statt?")
            .Send("Inland").Saw("Welche Länder umfasst die Zusammenarbeit?")
            .Send("DE").Saw("In welchem Land hat der Partner seinen Sitz")
            .Send("DE").Saw("Welchem deutschen Kodex")
            .Send("FSA").Saw("Wann soll die Zusammenarbeit beginnen?")
            .Send("1.5.2027").Saw("Verstanden: Samstag, 1. Mai 2027.", "Wann soll sie enden?")
            .Send("1.3.2027").Saw("Das liegt vor dem Datum „Beginn“ (1. Mai 2027). Bitte wählen Sie ein späteres Datum.")
            .Send("30. April 2028").Saw("Verstanden: Sonntag, 30. April 2028.", "Sind Sie die verantwortliche Person")
            .Send("ja").Saw("Welche Art von Unterstützung")
            .Send("Zuschuss").Saw("Wie viel ist die Unterstützung ungefähr wert?")
            .Send("viel").Saw("Das konnte ich nicht als Zahl lesen.")
            .Send("25.000").Saw("In welcher Währung?")
            .Send("EUR").Saw("Wie wird die Unterstützung gezahlt oder gegeben?")
            .Send("Eine Zahlung").Saw("An welchem Datum wird gezahlt?")
            .Send("15.3.2027").Saw("Verstanden: Montag, 15. März 2027.");

        // The rest in the shortest way, then the summary.
        for (var i = 0; i < 30 && !chat.Replies.Any(r => Transcript.Describe(r).Contains("Hier sind Ihre Antworten", StringComparison.Ordinal)); i++)
        {
            chat.Send(chat.Replies.LastOrDefault() is ChoicesReply { Choices: [var first, ..] } ? first.Value : "Ein ausreichend langer Text");
        }

        chat.Saw("Hier sind Ihre Antworten:", "**Beginn**: 1. Mai 2027", "**Betrag**: 25.000", "**Unterstützung**: Zuschuss", "**Sie sind verantwortlich**: Ja");
        chat.Send("submit").Saw("„Asthma-Schulprojekt“ eingereicht.", "Bewertung: Asthma-Schulprojekt", "Checkliste: Asthma-Schulprojekt");
    }

    [Fact]
    public void Interview_InFrench_DayFirstDatesAndSpacedAmounts()
    {
        var chat = Start("fr-FR");
        chat.Send("new").Saw("Planifions la collaboration.", "**1.** Comment s'appelle la collaboration ?", "(traduction pas encore vérifiée par la conformité)")
            .Send("Programme asthme").Saw("Avec quelle organisation collaborez-vous ?")
            .Send("Souffle France").Saw("Quel type d'organisation est le partenaire ?")
            .Send("Association de patients").Saw("Le travail est-il national ou international ?")
            .Send("national").Saw("Quels pays la collaboration couvre-t-elle ?")
            .Send("FR").Saw("Dans quel pays le partenaire est-il établi")
            .Send("FR").Saw("Quand la collaboration doit-elle commencer ?")
            .Send("01/05/2027").Saw("C'est noté : samedi 1 mai 2027.", "Quand doit-elle se terminer ?")
            .Send("31/02/2028").Saw("Il n'y a pas de 31 février 2028.")
            .Send("30 avril 2028").Saw("C'est noté : dimanche 30 avril 2028.", "Êtes-vous le responsable du projet ?")
            .Send("peut-être").Saw("Veuillez répondre **oui** ou **non**.")
            .Send("oui").Saw("Quel type de soutien")
            .Send("Subvention").Saw("Quelle est la valeur approximative du soutien ?")
            .Send("25 000").Saw("Dans quelle devise ?");
    }

    [Fact]
    public void Interview_English_Unchanged_NoReviewMark()
    {
        var chat = Start("en-US");
        chat.Send("new").Saw("Let's plan the collaboration", "**1.** What is the collaboration called?");
        Assert.DoesNotContain(chat.Replies, r => Transcript.Describe(r).Contains("not yet reviewed", StringComparison.Ordinal));
    }
}

/// <summary>Each fragment in some reply of the last turn (the replies' count and order are the English tests' concern).</summary>
file static class TranscriptSaw
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
