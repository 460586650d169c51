using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Flows.People;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>
/// The main menu and the commands in German and French (a Teams user with a de-DE / fr-FR locale), through the
/// same runner the host builds: help, list, status, checklist, deadlines and link answer in the language, the
/// command words stay English, and a user's title stays escaped inside every translated sentence.
/// </summary>
public sealed class CommandsInLanguagesTranscriptTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    /// <summary>A title with markdown in it: shown escaped, never as markup, in any language.</summary>
    private const string Title = "Asthma *school* [toolkit]";
    private const string EscapedTitle = @"Asthma \*school\* \[toolkit\]";

    private static Transcript Chat(string locale, PartnershipWorkspace? workspace = null)
    {
        var runner = BotDialogs.CreateRunner(b => b.AddPartnerships(Pack).AddSafetyNotes().AddLinking().AddLanguage());
        var chat = new Transcript(runner, new ChannelUser("msteams", "u1", "Alex", Locale: locale))
        {
            Inputs = TurnInputs.Empty.With(workspace ?? PartnershipWorkspace.Empty),
        };
        chat.Send("hi");
        return chat;
    }

    private static readonly CollaborationRecord Submitted = TestCollaborations.Submitted(
        Title,
        new ChecklistItemRecord { ItemId = "agreement", Text = "Sign the written agreement", Source = "ABPI", Due = new DateOnly(2027, 2, 15), Owner = "Alex" },
        new ChecklistItemRecord { ItemId = "publish", Text = "Publish the support", Source = "ABPI", Due = new DateOnly(2027, 6, 30), Owner = "Alex", Done = false }) with
    {
        Approval = new ApprovalRecord { Round = 1, Status = ApprovalStatus.Awaiting },
    };

    private static PartnershipWorkspace WithObligation() => new([Submitted])
    {
        Obligations =
        [
            new ObligationRecord
            {
                Id = Guid.NewGuid(),
                CollaborationId = Submitted.Id,
                Kind = "publication",
                Title = "Publish the support",
                Due = new DateOnly(2027, 6, 30),
                SourceId = "abpi-2024",
                Status = ObligationStatus.Open,
            },
        ],
    };

    [Theory]
    [InlineData("de-DE", "Hallo, Alex! Ich bin **PartnershipBot**. Ich helfe Pharma-Teams, Zusammenarbeiten mit Patientenorganisationen und humanitären Partnern zu planen.", "Das können Sie eingeben:\n- **help**: diese Liste anzeigen\n- **new**: eine neue Zusammenarbeit planen (oder mit Ihrem Entwurf weitermachen)\n- **list**: Ihre Zusammenarbeiten", "- **link / link CODE**: dieses Konto mit Ihrem Konto im anderen Kanal (Teams oder Slack) verknüpfen", "Während ich Sie etwas frage, können Sie auch **help**, **back**, **restart** oder **cancel** eingeben.", "Das habe ich nicht verstanden. Versuchen Sie **help**. Befehle: **help**, **new**, **list**")]
    [InlineData("fr-FR", "Bonjour Alex ! Je suis **PartnershipBot**. J'aide les équipes pharmaceutiques à planifier des collaborations avec des associations de patients et des partenaires humanitaires.", "Voici ce que vous pouvez taper :\n- **help**: afficher cette liste\n- **new**: planifier une nouvelle collaboration (ou reprendre votre brouillon)\n- **list**: vos collaborations", "- **safety note TEXT**: ajouter une note à votre dernier signalement de sécurité (il est tout de même transmis à la pharmacovigilance)", "Pendant que je vous pose une question, vous pouvez aussi taper **help**, **back**, **restart** ou **cancel**.", "Je n'ai pas compris. Essayez **help**. Commandes : **help**, **new**, **list**")]
    public void Help_GreetingListAndUnknownCommand_InTheLanguage(string locale, string greeting, string list, string oneMore, string whileAsking, string unknown)
    {
        var chat = Chat(locale);
        chat.Expect(greeting);
        Assert.Contains(list, Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);

        chat.Send("help").Expect(list);
        var help = Transcript.Describe(chat.Replies[0]);
        Assert.Contains(oneMore, help, StringComparison.Ordinal);
        Assert.EndsWith(whileAsking, help, StringComparison.Ordinal);

        chat.Send("what now").Expect(unknown);
    }

    [Fact]
    public void Help_English_KeepsItsWords()
    {
        Chat("en-GB").Send("help").Expect("Here is what you can type:\n- **help**: show this list\n- **new**: plan a new collaboration (or carry on with your draft)\n- **list**: your collaborations");
    }

    [Theory]
    [InlineData("de-DE", "Ihre Zusammenarbeiten:\n\n1. **" + EscapedTitle + "** (eingereicht, wartet auf Prüfung, Checkliste 0/2) ← aktuell\n\nGeben Sie **open N** ein, um zu wechseln.")]
    [InlineData("fr-FR", "Vos collaborations :\n\n1. **" + EscapedTitle + "** (soumise, en attente de revue, checklist 0/2) ← en cours\n\nTapez **open N** pour changer.")]
    public void List_InTheLanguage_TitleEscaped(string locale, string expected)
    {
        Chat(locale, new PartnershipWorkspace([Submitted])).Send("list").Expect(expected);
    }

    [Theory]
    [InlineData("de-DE", "**" + EscapedTitle + "**: Checkliste 0/2 erledigt.\n\nPrüfung: wartet auf Prüfung (Runde 1).\n\nNächste Fristen:\n- 15. Februar 2027 \\(überfällig\\): Sign the written agreement\n- 30. Juni 2027: Publish the support")]
    [InlineData("fr-FR", "**" + EscapedTitle + "** : checklist 0/2 faits.\n\nRevue : en attente de revue (tour 1).\n\nProchaines échéances :\n- 15 février 2027 \\(en retard\\): Sign the written agreement\n- 30 juin 2027: Publish the support")]
    public void Status_InTheLanguage_DatesOfTheCulture(string locale, string expected)
    {
        Chat(locale, new PartnershipWorkspace([Submitted])).Send("status").Expect(expected);
    }

    [Theory]
    [InlineData("de-DE", "Checkliste: ", "Punkt 1 abgehakt: Sign the written agreement Checkliste: 1/2 erledigt.", "Geben Sie **undo** und eine Punktnummer von 1 bis 2 ein; **checklist** zeigt sie an.", "Es gibt keine Zusammenarbeit „\\*7\\*“. **list** zeigt ihre Nummern.")]
    [InlineData("fr-FR", "Checklist : ", "Point 1 coché : Sign the written agreement Checklist : 1/2 faits.", "Tapez **undo** et un numéro de point de 1 à 2 ; **checklist** les affiche.", "Il n'y a pas de collaboration « \\*7\\* ». **list** affiche leurs numéros.")]
    public void Checklist_TickAndRefusals_InTheLanguage(string locale, string card, string ticked, string undoUsage, string noSuch)
    {
        var chat = Chat(locale, new PartnershipWorkspace([Submitted]));
        chat.Send("checklist").Expect(card);
        chat.Send("done 1").Expect(ticked)
            .Send("undo 9").Expect(undoUsage)
            .Send("checklist *7*").Expect(noSuch);
    }

    [Theory]
    [InlineData("de-DE", "Ihre anstehenden Transparenzfristen: Geben Sie **remind me about N on DATE** ein, um eine zusätzliche Erinnerung an eine davon zu erhalten.", "1. 30. Juni 2027: Publish the support", "remind me about 1 on 1.4.2027", "Ich erinnere Sie am Donnerstag, 1. April 2027 an „Publish the support“.", "Es gibt keine Frist 4. Geben Sie **remind me about N on DATE** ein, zum Beispiel „remind me about 2 on 1.3.2027“; **reminders** zeigt die Nummern.")]
    [InlineData("fr-FR", "Vos prochaines échéances de transparence: Tapez **remind me about N on DATE** pour un rappel supplémentaire sur l'une d'elles.", "1. 30 juin 2027: Publish the support", "remind me about 1 on 01/04/2027", "Je vous rappellerai « Publish the support » le jeudi 1 avril 2027.", "Il n'y a pas d'échéance 4. Tapez **remind me about N on DATE**, par exemple « remind me about 2 on 01/03/2027 » ; **reminders** affiche les numéros.")]
    public void Deadlines_ListAndRemindMe_InTheLanguage(string locale, string card, string line, string remind, string reminded, string noSuch)
    {
        var chat = Chat(locale, WithObligation());
        chat.Send("reminders").Expect(card);
        var section = Assert.Single(Assert.IsType<CardReply>(chat.Replies[0]).Card.Sections);
        Assert.Equal(EscapedTitle, section.Heading.Value);
        Assert.Equal(line, section.Text!.Value.Unescaped());

        chat.Send(remind).Expect(reminded)
            .Send("remind me about 4 on 1.4.2027").Expect(noSuch);
    }

    [Theory]
    [InlineData("de-DE", "Ihr Verknüpfungscode lautet **ABCD-EFGH**. Geben Sie innerhalb von 10 Minuten **link ABCD-EFGH** in Ihrem privaten Chat mit mir in Slack ein, dann werden Ihre Konten in Teams und Slack eins", "Dieser Code ist abgelaufen: Codes gelten 10 Minuten. Geben Sie in Ihrem anderen Kanal **link** ein, um einen neuen zu erhalten.", "Dieser Code ist für Ihr anderes Konto: Geben Sie **link WXYZ-2345** in Ihrem privaten Chat mit mir in Ihrem anderen Kanal ein, nicht hier.", "Verknüpft: Dieses Teams-Konto und Ihr Slack-Konto sind jetzt eine Person.", "Dieses Konto ist mit keinem anderen verknüpft.")]
    [InlineData("fr-FR", "Votre code d'association est **ABCD-EFGH**. Dans les 10 minutes, tapez **link ABCD-EFGH** dans votre conversation privée avec moi dans Slack, et vos comptes Teams et Slack n'en feront plus qu'un", "Ce code a expiré : les codes sont valables 10 minutes. Tapez **link** dans votre autre canal pour en obtenir un nouveau.", "Ce code est destiné à votre autre compte : tapez **link WXYZ-2345** dans votre conversation privée avec moi dans votre autre canal, pas ici.", "Associés : ce compte Teams et votre compte Slack sont désormais une seule personne.", "Ce compte n'est associé à aucun autre.")]
    public void Link_CodeRefusalsAndJoin_InTheLanguage(string locale, string code, string expired, string ownCode, string linked, string notLinked)
    {
        var me = new LinkedAccount(ChannelIds.Teams, "u1");
        var slack = new LinkedAccount(ChannelIds.Slack, "U9");
        var chat = Chat(locale);
        LinkSnapshot Snapshot(LinkCodeLookup? lookup = null) => new() { Accounts = [me], NewCode = "ABCDEFGH", Code = lookup };

        chat.Inputs = TurnInputs.Empty.With(Snapshot());
        chat.Send("link").Expect(code);

        chat.Inputs = TurnInputs.Empty.With(Snapshot(new LinkCodeLookup("h", slack, Expired: true, Used: false, [slack])));
        chat.Send("link WXYZ-2345").Expect(expired);

        chat.Inputs = TurnInputs.Empty.With(Snapshot(new LinkCodeLookup("h", me, Expired: false, Used: false, [me])));
        chat.Send("link WXYZ-2345").Expect(ownCode);

        chat.Inputs = TurnInputs.Empty.With(Snapshot(new LinkCodeLookup("h", slack, Expired: false, Used: false, [slack])));
        chat.Send("link WXYZ-2345").Expect(linked);

        chat.Inputs = TurnInputs.Empty.With(Snapshot());
        chat.Send("unlink").Expect(notLinked);
    }

    [Theory]
    [InlineData("de-DE", "**Frage 1 von 5.**", "Quiz nach 0 Frage(n) beendet; diese Runde wird nicht gewertet.")]
    [InlineData("fr-FR", "**Question 1 sur 5.**", "Quiz arrêté après 0 question(s) ; cette manche n'est pas comptée.")]
    public void Quiz_ItsOwnWords_InTheLanguage(string locale, string question, string stopped)
    {
        Chat(locale).Send("quiz").Expect(question).Send("cancel").Expect(stopped);
    }
}
