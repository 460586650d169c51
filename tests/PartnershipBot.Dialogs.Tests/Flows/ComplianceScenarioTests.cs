using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>
/// The "done when" reviews of issue 11, as transcripts through the real dialogs: what a compliance officer would
/// check in the obligations (`reminders`), the checklist and the sources. Due dates are written out by hand from the
/// codes (ABPI Clauses 28-31, the PMCPA Q&A on the end-of-March Disclosure UK submission).
/// </summary>
public sealed class ComplianceScenarioTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private sealed record Plan(string Partner, string PartnerType, string Countries, string Support, string Timing, string Dates,
        string Start = "2027-05-01", string End = "2028-04-30", string Agreement = "drafted", string Disclosure = "company website");

    private static (Transcript Chat, WorkspaceHost Host) Review(Plan plan)
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack))) { Host = host.Apply };
        chat.Inputs = host.Apply([]);
        chat.Send("hi");
        Interview(chat, plan, "Scenario");
        return (chat, host);
    }

    private static void Interview(Transcript chat, Plan plan, string title)
    {
        chat.Send("new").Send(title).Send(plan.Partner).Send(plan.PartnerType).Expect("Is the work domestic or international?")
            .Send("domestic").Send(plan.Countries).Expect("When is the collaboration planned to start?")
            .Send(plan.Start).Send(plan.End).Send("yes").Send(plan.Support).Send("25000").Send("GBP")
            .Expect("How is the support paid or given?").Send(plan.Timing);
        if (plan.Timing == "one payment")
        {
            chat.Expect("On which date is it paid?").Send(plan.Dates);
        }
        else
        {
            chat.Expect("On which dates is it paid or given?").Send(plan.Dates);
            if (plan.Timing == "in kind")
            {
                chat.Expect("What is given in kind, and what is it worth?").Send("Agency time, valued at 25000 GBP");
            }
        }

        chat.Send("Patients get answers in their own words").Send("yes").Send("patient experts").Send("fmv")
            .Send("A steering group with patients").Send("quarterly").Send(plan.Agreement).Send(plan.Disclosure).Send("yes")
            .Send("A joint poster").Expect("Here are your answers:", "Type **submit**")
            .Send("submit").Expect($"Submitted \"{title}\"", $"Assessment: {title}", $"Checklist: {title}");
    }

    [Fact]
    public void Reminders_TwoCollaborationsWithQuarterlyReviews_GroupedWithTheReviewsOnOneLine()
    {
        var plan = new Plan("Breathe Easy UK", "Patient organisation", "UK", "grant", "one payment", "2027-03-15");
        var (chat, _) = Review(plan);
        Interview(chat, plan with { Start = "2027-06-01" }, "Second scenario");

        chat.Send("reminders").Expect("Your upcoming transparency deadlines");
        var card = Assert.IsType<CardReply>(chat.Replies[0]).Card;
        Assert.Equal(["Scenario", "Second scenario"], card.Sections.Select(s => s.Heading.Value));
        var first = card.Sections[0].Text!.Value.Unescaped().Split('\n');
        var review = Assert.Single(first, l => l.Contains("Joint review with the partner", StringComparison.Ordinal));
        Assert.Matches(@"^\d+\. Joint review with the partner: every 3 months from 1 Aug 2027, next 1 Aug 2027 \(also \d+, \d+\)$", review);
        Assert.Contains(card.Sections[1].Text!.Value.Unescaped().Split('\n'), l => l.Contains("Joint review with the partner: every 3 months from 1 Sep 2027", StringComparison.Ordinal));
        Assert.DoesNotContain("(1. Scenario", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Reminders_ObligationRepeatingOnIrregularDates_FoldedIntoOneLineWithEachNumber()
    {
        var collaboration = TestCollaborations.Submitted("Asthma school toolkit");
        ObligationRecord Due(string title, DateOnly due) => new()
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaboration.Id,
            Kind = "review",
            Title = title,
            Due = due,
            SourceId = "abpi-2024",
            Status = ObligationStatus.Open,
        };
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)))
        {
            Inputs = TurnInputs.Empty.With(new PartnershipWorkspace([collaboration])
            {
                Obligations =
                [
                    Due("Joint review with the partner", new DateOnly(2028, 1, 7)),
                    Due("Written agreement signed before the start", new DateOnly(2027, 4, 24)),
                    Due("Joint review with the partner", new DateOnly(2027, 6, 15)),
                    Due("Joint review with the partner", new DateOnly(2028, 6, 2)),
                    Due("Joint review with the partner", new DateOnly(2028, 3, 11)),
                ],
            }),
        };

        chat.Send("hi").Send("reminders").Expect("Your upcoming transparency deadlines");
        var lines = Assert.Single(Assert.IsType<CardReply>(chat.Replies[0]).Card.Sections).Text!.Value.Unescaped().Split('\n');
        Assert.Equal(
            ["1. 24 Apr 2027: Written agreement signed before the start",
             "2. 15 Jun 2027: Joint review with the partner; 3 more: 7 Jan 2028 (3), 11 Mar 2028 (4), 2 Jun 2028 (5)"],
            lines);
    }

    private static List<string> Reminders(Transcript chat)
    {
        chat.Send("reminders").Expect("Your upcoming transparency deadlines");
        return [.. Transcript.Describe(chat.Replies[0]).Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0]))];
    }

    private static IReadOnlyList<ChecklistItemRecord> Checklist(WorkspaceHost host) => Assert.Single(host.Collaborations).Checklist;

    [Fact]
    public void UkPatientOrganisationGrantPaidInMarch_Clause29ListBy30June()
    {
        var (chat, host) = Review(new Plan("Breathe Easy UK", "Patient organisation", "UK", "grant", "one payment", "2027-03-15"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("24 Apr 2027: Written agreement signed before the start", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("15 Jan 2028: Collect and check the 2027 support data", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: GB: 2027 support published on the company's patient organisation list (ABPI Clauses 29, 31)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("2028 support", StringComparison.Ordinal));

        var checklist = Checklist(host);
        Assert.Equal(new DateOnly(2028, 6, 30), checklist.Single(i => i.ItemId == "annual-disclosure").Due);
        Assert.Contains("Clauses 29.1, 29.2 and 31; checked 2 Dec 2026", checklist.Single(i => i.ItemId == "annual-disclosure").Source, StringComparison.Ordinal);
        foreach (var id in new[] { "written-agreement", "certify-agreement", "independence", "not-sole-funder", "logo-permission", "tell-partner-disclosure", "methodology-note", "keep-public-and-records" })
        {
            Assert.Contains(checklist, i => i.ItemId == id);
        }

        Assert.DoesNotContain(checklist, i => i.ItemId is "disclosure-uk-data" or "services-contract" or "clause-30-totals");
    }

    [Fact]
    public void UkScientificSocietySponsorship_GoesThroughDisclosureUkNotTheCompanyList()
    {
        var (chat, host) = Review(new Plan("British Thoracic Society", "Scientific or professional society", "GB", "sponsorship", "one payment", "2027-09-10"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("31 Mar 2028: GB: 2027 data submitted to the ABPI for Disclosure UK (ABPI Clause 28)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: GB: 2027 transfers of value public on Disclosure UK (ABPI Clause 31)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("patient organisation list", StringComparison.Ordinal));

        var checklist = Checklist(host);
        var platform = checklist.Single(i => i.ItemId == "disclosure-uk-data");
        Assert.Equal(new DateOnly(2028, 3, 31), platform.Due);
        Assert.Contains("not the company website", platform.Text, StringComparison.Ordinal);
        Assert.StartsWith("Q&A: cross-border payments", platform.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(checklist, i => i.ItemId is "annual-disclosure" or "independence" or "logo-permission");
        Assert.Contains(checklist, i => i.ItemId == "written-agreement-other");
    }

    [Fact]
    public void GermanPatientOrganisation_NoAbpiDefault_ComplianceChecksTheLocalCode()
    {
        var (chat, host) = Review(new Plan("Deutsche Asthma Liga", "Patient organisation", "Germany", "grant", "one payment", "2027-03-15"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("no fixed date: Disclosure rule not configured for DE; check the local code", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("30 Jun 2028", StringComparison.Ordinal) || l.Contains("ABPI", StringComparison.Ordinal));
        Assert.Contains("Germany (DE)", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);

        var checklist = Checklist(host);
        Assert.DoesNotContain(checklist, i => i.ItemId is "written-agreement" or "annual-disclosure" or "certify-agreement" or "keep-public-and-records");
        Assert.Contains("Article 11.3", checklist.Single(i => i.ItemId == "written-documentation").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiCountryGbNoUs_EveryCountryUnderItsOwnRule()
    {
        var (chat, host) = Review(new Plan("Nordic-Atlantic Asthma Alliance", "Patient organisation", "GB, NO, US", "grant", "schedule", "2027-03-01, 2028-03-01"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: GB: 2027 support published", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("30 Jun 2029: GB: 2028 support published", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("no fixed date: NO: disclosure deadline not confirmed; check the local code (support given in 2027 and 2028)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("no fixed date: US: check the internal disclosure policy for support given in 2027 and 2028", StringComparison.Ordinal));

        var checklist = Checklist(host);
        Assert.Contains(checklist, i => i.ItemId == "lmi-income-cap" && i.Source.Contains("27.7", StringComparison.Ordinal));
        Assert.Contains(checklist, i => i.ItemId == "us-internal-policy" && i.Source.Contains("not confirmed", StringComparison.Ordinal));
        Assert.Contains(checklist, i => i.ItemId == "annual-disclosure");
    }

    [Fact]
    public void ContractedPatientAdvisoryBoard_ServicesContractAndClause30Totals()
    {
        var (chat, host) = Review(new Plan("Six patients (advisory board)", "Individual patients or members of the public", "UK", "contracted services", "schedule", "2027-06-10, 2027-11-10"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("24 Apr 2027: Services contract signed before the services start", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: GB: 2027 Clause 30 totals for patients paid for services published (ABPI Clauses 30, 31)", StringComparison.Ordinal));

        var checklist = Checklist(host);
        var contract = checklist.Single(i => i.ItemId == "services-contract");
        Assert.Contains("legitimate need", contract.Text, StringComparison.Ordinal);
        Assert.Contains("criteria used to select", contract.Text, StringComparison.Ordinal);
        Assert.Contains("fair market value", contract.Text, StringComparison.Ordinal);
        Assert.Contains(checklist, i => i.ItemId == "clause-30-totals" && i.Due == new DateOnly(2028, 6, 30));
        Assert.DoesNotContain(checklist, i => i.ItemId is "written-agreement" or "annual-disclosure");
    }

    [Fact]
    public void GrantPaidBeforeTheStart_DisclosedForTheYearItWasPaid()
    {
        var (chat, host) = Review(new Plan("Breathe Easy UK", "Patient organisation", "GB", "grant", "one payment", "2027-12-15", Start: "2028-02-01", End: "2028-12-31"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: GB: 2027 support published", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("2028 support", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2028, 6, 30), Checklist(host).Single(i => i.ItemId == "annual-disclosure").Due);
    }

    [Fact]
    public void SignedAgreement_IsDoneAndPartnerWebsiteOnlyIsAGap()
    {
        var (chat, host) = Review(new Plan("Breathe Easy UK", "Patient organisation", "GB", "grant", "one payment", "2027-03-15", Agreement: "signed", Disclosure: "partner's website"));

        var card = chat.Send("assessment").Replies.OfType<CardReply>().Single().Card;
        var r4 = card.Sections.Single(s => s.Heading.Value.StartsWith("R4", StringComparison.Ordinal));
        Assert.EndsWith(": Gap", r4.Heading, StringComparison.Ordinal);
        Assert.Contains("the company itself must disclose", r4.Text, StringComparison.Ordinal);
        Assert.Contains(r4.Facts, f => f.Label == "Reason source" && f.Value.Value.Contains("Clauses 28.1 and 29.1; checked 2 Dec 2026", StringComparison.Ordinal));
        Assert.DoesNotContain(Reminders(chat), l => l.Contains("Written agreement", StringComparison.Ordinal));
        Assert.Contains(Checklist(host), i => i.ItemId == "file-agreement");
    }

    [Theory]
    [InlineData("Atlantis", "I don't know \"Atlantis\" as a country")]
    [InlineData("GB, XX", "I don't know \"XX\" as a country")]
    public void Countries_Unknown_AreRefusedAndAskedAgain(string typed, string reply)
    {
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)));
        chat.Send("hi");
        chat.Send("new").Send("Scenario").Send("Partner").Send("1").Send("domestic").Expect("Which countries does the collaboration cover?")
            .Send(typed).Expect(reply, "Which countries does the collaboration cover?")
            .Send("UK and Norway").Expect("When is the collaboration planned to start?");
    }

    [Fact]
    public void PaymentDates_NotDates_AreRefusedAndAskedAgain()
    {
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)));
        chat.Send("hi");
        chat.Send("new").Send("Scenario").Send("Partner").Send("1").Send("domestic").Send("GB").Send("2027-05-01").Send("2028-04-30")
            .Send("yes").Send("grant").Send("100").Send("GBP").Send("schedule").Expect("On which dates is it paid or given?")
            .Send("March and June").Expect("\"March\" is not a date as yyyy-mm-dd", "On which dates is it paid or given?")
            .Send("2027-06-01, 2027-03-01").Expect("In patients' own words");
    }
}
