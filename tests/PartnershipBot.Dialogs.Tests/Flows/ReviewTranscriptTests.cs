using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

public sealed class ReviewTranscriptTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private static (Transcript Chat, WorkspaceHost Host) Start()
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack))) { Host = host.Apply };
        chat.Inputs = host.Apply([]);
        chat.Send("hi").Expect("Hello, Alex!");
        return (chat, host);
    }

    /// <summary>Answers up to and including the R4 questions for a domestic patient-organisation grant.</summary>
    private static Transcript AnswerDomestic(Transcript chat) => chat
        .Send("new").Expect("Let's plan the collaboration", "**1.** What is the collaboration called?")
        .Send("Asthma school toolkit").Expect("Which organisation are you partnering with?")
        .Send("Breathe Easy UK").Expect("What kind of organisation")
        .Send("1").Expect("Is the work domestic or international?")
        .Click("domestic").Expect("Which countries does the collaboration cover?")
        .Send("UK").Expect("In which country is the partner based")
        .Send("UK").Expect("When is the collaboration planned to start?")
        .Send("2027-05-01").Expect("Got it: Saturday 1 May 2027.", "When is it planned to end?")
        .Send("30 April 2028").Expect("Got it: Sunday 30 April 2028.", "Are you the project owner?")
        .Send("yes").Expect("What kind of support")
        .Send("grant").Expect("Roughly how much")
        .Send("25000").Expect("In which currency?")
        .Send("GBP").Expect("How is the support paid or given?")
        .Send("one payment").Expect("On which date is it paid?")
        .Send("2027-03-15").Expect("Got it: Monday 15 March 2027.", "Which company entity pays")
        .Send("local").Expect("In patients' own words")
        .Send("Children with asthma miss fewer school days").Expect("Did patients help set the objectives?")
        .Send("yes").Expect("Which experts take part?")
        .Send("patient experts and HCPs").Expect("How is each expert recognised?")
        .Send("1, 3").Expect("How will the partner give you feedback")
        .Send("A steering group with two parents").Expect("How often will you review")
        .Send("quarterly").Expect("Where is the written agreement?")
        .Send("drafted").Expect("Where will the collaboration be disclosed publicly?")
        .Send("both").Expect("acknowledged in materials from the start?")
        .Send("yes").Expect("How will you show the benefits")
        .Send("A joint poster at the national asthma conference");

    [Fact]
    public void Review_DomesticPatientOrganisation_SubmitsWithAssessmentAndChecklist()
    {
        var (chat, host) = Start();
        AnswerDomestic(chat).Expect("Here are your answers:", "Type **submit** to finish");
        Assert.Contains("18. **Experts**: Patient experts and HCPs", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);

        chat.Send("submit").Expect("Submitted \"Asthma school toolkit\"", "Assessment: Asthma school toolkit", "Checklist: Asthma school toolkit");
        var assessment = chat.Replies.OfType<CardReply>().First().Card;
        Assert.Equal(["R1", "R2", "R3", "R4"], assessment.Sections.Select(s => s.Heading.Value[..2]));
        Assert.All(assessment.Sections, s => Assert.Contains(s.Facts, f => f.Label.Value is "Source" or "Guidance source" && f.Value.Value.Contains("Future of Advocacy Partnerships Report", StringComparison.Ordinal)));
        Assert.StartsWith("R4 Be transparent and show the benefits: Needs attention", assessment.Sections[3].Heading, StringComparison.Ordinal);

        var saved = Assert.Single(host.Collaborations);
        Assert.Equal(CollaborationStatus.Submitted, saved.Status);
        // Issue 29: the grant is paid on 15 Mar 2027, before the 1 May start, so the agreement is due 7 days before the payment.
        var agreement = Assert.Single(saved.Checklist, i => i.ItemId == "written-agreement");
        Assert.Equal(new DateOnly(2027, 3, 8), agreement.Due);
        Assert.Equal(new DateOnly(2028, 6, 30), Assert.Single(saved.Checklist, i => i.ItemId == "annual-disclosure").Due);
        Assert.DoesNotContain(saved.Checklist, i => i.ItemId == "needs-assessment");
        chat.ExpectStackEmpty();
    }

    [Fact]
    public void Review_ChangeAnswer_ReasksThenReturnsToTheList()
    {
        var (chat, _) = Start();
        AnswerDomestic(chat)
            .Send("change 2").Expect("Which organisation are you partnering with?")
            .Send("Asthma + Lung Kids").Expect("Here are your answers:", "Type **submit**");
        Assert.Contains("2. **Partner**: Asthma + Lung Kids", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
        chat.Send("change 99").Expect("There is no answer 99", "Here are your answers:", "Type **submit**");
    }

    [Fact]
    public void Review_ChangeScopeToInternational_AsksTheLessonQuestionsBeforeTheList()
    {
        var (chat, _) = Start();
        AnswerDomestic(chat).Send("change 4").Expect("Is the work domestic or international?")
            .Send("international").Expect("What unmet need");
    }

    [Fact]
    public void Review_InternationalHumanitarian_AssessesAllLessons()
    {
        var (chat, host) = Start();
        chat.Send("new").Send("Gaucher care in Egypt").Send("Project HOPE").Send("NGO").Send("international")
            .Send("EG").Send("Egypt").Send("2027-06-01").Send("2037-05-31").Send("no").Expect("Who is the project owner?")
            .Send("Dr Amira Hassan").Send("donation").Send("2000000").Send("USD").Send("schedule").Send("2027-06-01, 2028-06-01").Send("overseas")
            .Send("Patients get diagnosed and treated near home").Send("partly")
            .Send("HCPs, scientists").Send("credit").Send("Expert medical committee meets monthly")
            .Send("monthly").Send("signed").Send("company website").Send("yes").Send("A joint case study after five years")
            .Expect("What unmet need")
            .Send("No physician had treated Gaucher disease before").Expect("What did the needs assessment look at?")
            .Send("access, trained HCPs, diagnosis").Send("1").Send("10")
            .Send("NGOs, government, academia").Send("committee and officials").Send("1, 2, 3")
            .Expect("Here are your answers:", "Type **submit**")
            .Send("submit");
        var card = chat.Replies.OfType<CardReply>().First().Card;
        Assert.Equal(["R1", "R2", "R3", "R4", "L1", "L2", "L3", "L4", "P1"], card.Sections.Select(s => s.Heading.Value[..2]));
        Assert.Contains(card.Sections, s => s.Heading.Value.StartsWith("P1 Build sustainable local capacity", StringComparison.Ordinal));
        var saved = Assert.Single(host.Collaborations);
        Assert.All(saved.Checklist, i => Assert.Equal("Dr Amira Hassan", i.Owner));
        Assert.Contains(saved.Checklist, i => i.ItemId == "donation-principles" && i.Due == new DateOnly(2027, 5, 2));
        Assert.Contains(saved.Checklist, i => i.ItemId == "needs-assessment");
    }

    [Fact]
    public void Review_CancelMidway_KeepsTheDraftAndNewCarriesOn()
    {
        var (chat, host) = Start();
        chat.Send("new").Send("Asthma school toolkit").Send("Breathe Easy UK")
            .Send("cancel").Expect("Your draft \"Asthma school toolkit\" is saved with 2 answers");
        Assert.Equal(CollaborationStatus.Draft, Assert.Single(host.Collaborations).Status);
        chat.Send("new").Expect("Carrying on with your draft \"Asthma school toolkit\" (2 answers so far)", "What kind of organisation");
    }

    [Fact]
    public void Review_HelpOnAQuestion_ExplainsAndCitesThePrinciple()
    {
        var (chat, _) = Start();
        AnswerDomestic(chat).Send("change 16").Send("help");
        Assert.Contains("R1 Serve patients authentically", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
        Assert.Contains("(source: Future of Advocacy Partnerships Report — Sanofi, launch announcement; checked ", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_EndBeforeStart_IsRefusedAndAskedAgain()
    {
        var (chat, _) = Start();
        chat.Send("new").Send("Trial one").Send("Partner").Send("1").Send("domestic").Send("GB").Send("GB").Send("2027-05-01")
            .Send("2027-04-01").Expect("Got it: Thursday 1 April 2027.", "That is before the start date (1 May 2027)", "When is it planned to end?");
    }

    [Fact]
    public void Checklist_DoneUndoAndCardSave_TickItemsWithWhoAndWhen()
    {
        var (chat, host) = Start();
        AnswerDomestic(chat).Send("submit");
        chat.Send("checklist").Expect("Checklist: Asthma school toolkit: 0/");
        var card = chat.Replies.OfType<CardReply>().Single().Card;
        chat.Send("done 1").Expect("Ticked item 1");
        Assert.True(host.Collaborations[0].Checklist[0].Done);
        Assert.Equal("Alex", host.Collaborations[0].Checklist[0].DoneBy);
        chat.Send("undo 1").Expect("Unticked item 1");
        Assert.False(host.Collaborations[0].Checklist[0].Done);

        var values = new Dictionary<string, string>(card.Actions[0].Values)
        {
            [CardIds.ChecklistItemPrefix + card.Checklist[1].ItemId] = "true",
            [CardIds.ChecklistItemPrefix + card.Checklist[2].ItemId] = "true",
        };
        chat.Submit(CardIds.ChecklistSave, values);
        var redrawn = Assert.IsType<CardReply>(Assert.Single(chat.Replies));
        Assert.True(redrawn.ReplacesOriginal);
        Assert.StartsWith("2/", redrawn.Card.Text, StringComparison.Ordinal);
        Assert.Equal(2, host.Collaborations[0].Checklist.Count(i => i.Done));
        chat.Send("done 999").Expect("Type **done** and an item number from 1 to");
    }

    [Fact]
    public void Edit_AfterSubmit_RebuildsChecklistAndKeepsTicks()
    {
        var (chat, host) = Start();
        AnswerDomestic(chat).Send("submit");
        // done N takes the number the card shows: items sorted by due date.
        var fmv = PartnershipCards.Ordered(host.Collaborations[0].Checklist, DateOnly.FromDateTime(chat.Now.UtcDateTime)).ToList().FindIndex(i => i.ItemId == "fmv-payment") + 1;
        chat.Send($"done {fmv}");
        const string ticked = "fmv-payment";
        chat.Send("edit").Expect("Editing \"Asthma school toolkit\"", "Here are your answers:", "Type **submit**")
            .Send("change 22").Expect("Where is the written agreement?")
            .Send("signed").Send("submit").Expect("Saved your changes", "Assessment:", "Checklist:");
        var checklist = host.Collaborations[0].Checklist;
        Assert.DoesNotContain(checklist, i => i.ItemId == "written-agreement");
        Assert.Contains(checklist, i => i.ItemId == "file-agreement");
        Assert.True(checklist.Single(i => i.ItemId == ticked).Done);
    }

    [Fact]
    public void ListOpenStatus_ShowCollaborationsAndDeadlines()
    {
        var (chat, _) = Start();
        chat.Send("list").Expect("You have no collaborations yet");
        AnswerDomestic(chat).Send("submit");
        chat.Send("list").Expect("1. **Asthma school toolkit** (submitted, checklist 0/");
        chat.Send("open 1").Expect("Now working on \"Asthma school toolkit\"");
        chat.Send("open 5").Expect("Type **open** and a number from 1 to 1");
        chat.Send("status").Expect("**Asthma school toolkit**: checklist 0/");
        Assert.Contains("Next deadlines:", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Reminders_AfterSubmit_ListsDeadlinesInDateOrder()
    {
        var (chat, _) = Start();
        chat.Send("reminders").Expect("You have no submitted collaborations yet");
        AnswerDomestic(chat).Send("submit");

        chat.Send("reminders").Expect("Your upcoming transparency deadlines");
        var lines = Transcript.Describe(chat.Replies[0]).Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0])).ToList();
        Assert.Equal("1. 8 Mar 2027: Written agreement signed before the support is paid or given", lines[0]);
        Assert.Contains(lines, l => l.Contains(". 15 Jan 2028: Collect and check the 2027 support data for the disclosures", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(". 30 Jun 2028: GB: 2027 support published on the company's patient organisation list (ABPI Clauses 29, 31)", StringComparison.Ordinal));

        // The grant is paid once, in March 2027: there is no 2028 disclosure although the project runs into 2028.
        Assert.DoesNotContain(lines, l => l.Contains("2028 support", StringComparison.Ordinal));
    }
}
