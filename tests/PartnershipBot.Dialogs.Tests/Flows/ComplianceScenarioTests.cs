using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>
/// The "done when" reviews of issue 11, as transcripts through the real dialogs: what a compliance officer would
/// check in the obligations (`reminders`), the checklist and the sources. Due dates are written out by hand from the
/// codes (ABPI Clauses 28-31, the PMCPA Q&A on the end-of-March Disclosure UK submission). Issue 29 corrected what
/// the December 2026 regulatory review showed wrong in them: the agreement is due before the first payment (2021
/// Clauses 23 and 27.2, 2024 Clause 8.3), rules follow the partner's country (LMI 26.3; ABPI UK recipients), and UK
/// sole-funder and logo rules are ABPI 25.1 and 25.2 for societies too.
/// </summary>
public sealed class ComplianceScenarioTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private sealed record Plan(string Partner, string PartnerType, string Countries, string Support, string Timing, string Dates,
        string Start = "2027-05-01", string End = "2028-04-30", string Agreement = "drafted", string Disclosure = "company website")
    {
        /// <summary>Where the partner is based; null: the first country the work covers.</summary>
        public string? Based { get; init; }

        /// <summary>For individuals: who the people are (lay patients, representatives, HCPs).</summary>
        public string People { get; init; } = "lay patients";

        /// <summary>For a German patient organisation: the code the company follows.</summary>
        public string GermanCode { get; init; } = "fsa";

        public string Payer { get; init; } = "local";
    }

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
            .Send("domestic").Send(plan.Countries).Expect("In which country is the partner based")
            .Send(plan.Based ?? plan.Countries.Split(',')[0]);
        if (plan.PartnerType == "Individual patients or members of the public")
        {
            chat.Expect("Who are the people?").Send(plan.People);
        }
        else if (chat.Replies.Any(r => Transcript.Describe(r).Contains("Which German code", StringComparison.Ordinal)))
        {
            chat.Send(plan.GermanCode);
        }

        chat.Expect("When is the collaboration planned to start?").Send(plan.Start).Send(plan.End).Send("yes").Send(plan.Support).Send("25000").Send("GBP")
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

        Assert.Contains(chat.Replies, r => Transcript.Describe(r).Contains("Which company entity pays", StringComparison.Ordinal));
        chat.Send(plan.Payer).Send("Patients get answers in their own words").Send("yes").Send("patient experts").Send("fmv")
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

        // Review A10: the grant is paid on 15 Mar 2027, so the agreement (certified in advance) is due before it, not 24 Apr.
        Assert.Contains(lines, l => l.Contains("8 Mar 2027: Written agreement signed before the support is paid or given", StringComparison.Ordinal));
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

        // Review A1, A2, A6, A7: the 2021 agreement clause 27.2 (not the 2019 27.3), certification 2024 Clause 8.3, and the
        // UK sole-funder and logo rules from ABPI 25.1 and 25.2, not IFPMA or a trade article.
        Assert.Contains("Clause 27.2 (2021 numbering", checklist.Single(i => i.ItemId == "written-agreement").Source, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 3, 8), checklist.Single(i => i.ItemId == "certify-agreement").Due);
        Assert.Contains("2024 Clause 8.3", checklist.Single(i => i.ItemId == "certify-agreement").Source, StringComparison.Ordinal);
        Assert.StartsWith("ABPI Code", checklist.Single(i => i.ItemId == "not-sole-funder").Source, StringComparison.Ordinal);
        Assert.Contains("Clause 25.1", checklist.Single(i => i.ItemId == "not-sole-funder").Source, StringComparison.Ordinal);
        Assert.Contains("Clause 25.2", checklist.Single(i => i.ItemId == "logo-permission").Source, StringComparison.Ordinal);
        Assert.DoesNotContain(checklist, i => i.Source.Contains("27.3", StringComparison.Ordinal));
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
        Assert.DoesNotContain(checklist, i => i.ItemId is "annual-disclosure" or "independence" or "acknowledge-support");
        Assert.Contains(checklist, i => i.ItemId == "written-agreement-other");

        // Review A6-A9: a society is never cited the patient organisation clauses (27.x); 25.1-25.3 cover it.
        Assert.Contains("Clause 25.2", checklist.Single(i => i.ItemId == "logo-permission").Source, StringComparison.Ordinal);
        Assert.Contains("Clause 25.3", checklist.Single(i => i.ItemId == "acknowledge-support-uk").Source, StringComparison.Ordinal);
        Assert.DoesNotContain(checklist, i => i.Source.Contains("Clause 27", StringComparison.Ordinal));
    }

    [Fact]
    public void GermanPatientOrganisation_NoAbpiDefault_ComplianceChecksTheLocalCode()
    {
        var (chat, host) = Review(new Plan("Deutsche Asthma Liga", "Patient organisation", "Germany", "grant", "one payment", "2027-03-15"));

        var lines = Reminders(chat);

        // Review G1: the German rule now names the code the company follows (FSA here), still without a date.
        Assert.Contains(lines, l => l.Contains("no fixed date: DE: disclosure deadline not confirmed; check the local code (support given in 2027)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("30 Jun 2028", StringComparison.Ordinal) || l.Contains("ABPI", StringComparison.Ordinal));
        Assert.Contains("FSA-Kodex Patientenorganisationen", Transcript.Describe(chat.Replies[0]), StringComparison.Ordinal);

        var checklist = Checklist(host);
        Assert.DoesNotContain(checklist, i => i.ItemId is "written-agreement" or "annual-disclosure" or "certify-agreement" or "keep-public-and-records");
        Assert.Contains("Article 11.3", checklist.Single(i => i.ItemId == "written-documentation").Source, StringComparison.Ordinal);
        Assert.StartsWith("FSA-Kodex Patientenorganisationen", checklist.Single(i => i.ItemId == "de-fsa-code").Source, StringComparison.Ordinal);

        // Review G2: a German collaboration is never given ABPI reasons.
        var r4 = chat.Send("assessment").Replies.OfType<CardReply>().Single().Card.Sections.Single(x => x.Heading.Value.StartsWith("R4", StringComparison.Ordinal));
        Assert.DoesNotContain(r4.Facts, f => f.Value.Value.Contains("ABPI", StringComparison.Ordinal));
    }

    [Fact]
    public void MultiCountryGbNoUs_UkOrganisationGetsTheUkListOnce()
    {
        // Review S1: the old expectation (a Norwegian and a US obligation for one UK organisation) was wrong; disclosure
        // follows where the recipient is based (LMI 26.3, the EFPIA model; ABPI: UK recipients).
        var (chat, host) = Review(new Plan("Nordic-Atlantic Asthma Alliance", "Patient organisation", "GB, NO, US", "grant", "schedule", "2027-03-01, 2028-03-01") { Based = "UK" });

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("22 Feb 2027", StringComparison.Ordinal) && l.Contains("Written agreement signed before the support is paid or given", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("30 Jun 2028: GB: 2027 support published", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("30 Jun 2029: GB: 2028 support published", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("NO:", StringComparison.Ordinal) || l.Contains("US:", StringComparison.Ordinal));

        var checklist = Checklist(host);
        Assert.DoesNotContain(checklist, i => i.ItemId.StartsWith("lmi-", StringComparison.Ordinal) || i.ItemId == "us-internal-policy");
        Assert.Contains(checklist, i => i.ItemId == "annual-disclosure");
    }

    [Fact]
    public void ContractedPatientAdvisoryBoard_ServicesContractAndClause30Totals()
    {
        var (chat, host) = Review(new Plan("Six patients (advisory board)", "Individual patients or members of the public", "UK", "contracted services", "schedule", "2027-06-10, 2027-11-10"));

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("24 Apr 2027: Services contract signed before the services start", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("patient organisation list", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: GB: 2027 Clause 30 totals for patients paid for services published (ABPI Clauses 30, 31)", StringComparison.Ordinal));

        var checklist = Checklist(host);
        var contract = checklist.Single(i => i.ItemId == "services-contract");
        Assert.Contains("legitimate need", contract.Text, StringComparison.Ordinal);
        Assert.Contains("criteria used to select", contract.Text, StringComparison.Ordinal);
        Assert.Contains("fair market value", contract.Text, StringComparison.Ordinal);
        Assert.Contains("Clause 24.2", contract.Source, StringComparison.Ordinal);
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

        // Review A10: paid 15 Dec 2027, so the agreement is due 8 Dec 2027, not 25 Jan 2028 (a week before the start).
        Assert.Contains(lines, l => l.Contains("8 Dec 2027: Written agreement signed before the support is paid or given", StringComparison.Ordinal));
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

    /// <summary>
    /// Issue 29: a Norwegian organisation in a project listed as UK gets the Norwegian list (LMI 27.9 applying 26.2:
    /// "publication in the period 20-30 June", records seven years, a transparency clause in the agreement), not the
    /// ABPI website list.
    /// </summary>
    [Fact]
    public void NorwegianOrganisationInAUkProject_NorwegianRulesNotTheAbpiList()
    {
        var (chat, host) = Review(new Plan("Norges Astma- og Allergiforbund", "Patient organisation", "UK", "grant", "one payment", "2027-06-15") { Based = "Norway" });

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("30 Jun 2028: NO: 2027 support published on the company's patient organisation list, window 20-30 June (LMI 27.9, 26.2)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("GB:", StringComparison.Ordinal) || l.Contains("ABPI", StringComparison.Ordinal));

        var checklist = Checklist(host);
        Assert.Contains("seven years", checklist.Single(i => i.ItemId == "lmi-keep-public-and-records").Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2028, 6, 30), checklist.Single(i => i.ItemId == "lmi-keep-public-and-records").Due);
        Assert.Contains(checklist, i => i.ItemId == "lmi-transparency-clause" && i.Source.Contains("27.9", StringComparison.Ordinal));
        Assert.Contains(checklist, i => i.ItemId == "lmi-internal-approval");
        Assert.Contains("40 %", checklist.Single(i => i.ItemId == "lmi-income-cap").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(checklist, i => i.ItemId is "annual-disclosure" or "written-agreement" or "keep-public-and-records" or "certify-agreement");
        Assert.Contains(checklist, i => i.ItemId == "written-documentation");
    }

    /// <summary>
    /// 2021 Clause 27.5 (PMCPA Q&A): contracts with individuals representing patient organisations are made with the
    /// organisation and disclosed under Clause 29; they are not "members of the public" (Clause 1.16), so a board of
    /// representatives gets no Clause 30 totals. A mixed board gets each group's rule: Clause 30 for lay patients,
    /// Clause 29 for representatives, Disclosure UK (Clause 28) for health professionals.
    /// </summary>
    [Theory]
    [InlineData("representatives", new[] { "GB: 2027 support published on the company's patient organisation list" }, new[] { "Clause 30 totals", "Disclosure UK" },
        new[] { "contract-with-organisation", "annual-disclosure", "certify-agreement" }, new[] { "clause-30-totals", "disclosure-uk-data" })]
    [InlineData("lay patients", new[] { "GB: 2027 Clause 30 totals" }, new[] { "patient organisation list", "Disclosure UK" },
        new[] { "clause-30-totals" }, new[] { "contract-with-organisation", "annual-disclosure", "disclosure-uk-data", "certify-agreement" })]
    [InlineData("1, 2, 3", new[] { "GB: 2027 Clause 30 totals", "GB: 2027 support published on the company's patient organisation list", "31 Mar 2028: GB: 2027 health professionals' fees submitted to the ABPI for Disclosure UK" },
        new string[0], new[] { "clause-30-totals", "contract-with-organisation", "annual-disclosure", "disclosure-uk-data" }, new string[0])]
    public void PaidAdvisoryBoard_EachGroupGetsItsOwnRule(string people, string[] reminders, string[] notReminders, string[] items, string[] notItems)
    {
        var (chat, host) = Review(new Plan("Asthma advisory board", "Individual patients or members of the public", "UK", "contracted services", "schedule", "2027-06-10, 2027-11-10") { People = people });

        var lines = Reminders(chat);
        Assert.All(reminders, r => Assert.Contains(lines, l => l.Contains(r, StringComparison.Ordinal)));
        Assert.All(notReminders, r => Assert.DoesNotContain(lines, l => l.Contains(r, StringComparison.Ordinal)));
        var checklist = Checklist(host);
        Assert.All(items, id => Assert.Contains(checklist, i => i.ItemId == id));
        Assert.All(notItems, id => Assert.DoesNotContain(checklist, i => i.ItemId == id));
        if (checklist.Any(i => i.ItemId == "clause-30-totals"))
        {
            // The Clause 30 item takes the Clause 30 date, not the Disclosure UK submission date of the HCP members.
            Assert.Equal(new DateOnly(2028, 6, 30), checklist.Single(i => i.ItemId == "clause-30-totals").Due);
        }
    }

    /// <summary>
    /// Germany: the company follows the FSA-Kodex or the AKG-Kodex Patientenorganisationen; neither date was read in
    /// the current text, so the rule names the code and goes to compliance without a date, never the ABPI's.
    /// </summary>
    [Theory]
    [InlineData("fsa", "de-fsa-code", "FSA-Kodex Patientenorganisationen")]
    [InlineData("akg", "de-akg-code", "AKG-Kodex Patientenorganisationen")]
    [InlineData("not sure", "de-which-code", "Company policy")]
    public void GermanPatientOrganisation_EachCode_NamedWithoutADate(string code, string item, string source)
    {
        var (chat, host) = Review(new Plan("Deutsche Asthma Liga", "Patient organisation", "Germany", "grant", "one payment", "2027-03-15") { GermanCode = code });

        var lines = Reminders(chat);
        Assert.Contains(lines, l => l.Contains("no fixed date: DE: disclosure deadline not confirmed; check the local code (support given in 2027)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Jun 2028", StringComparison.Ordinal) || l.Contains("Mar 2028", StringComparison.Ordinal) || l.Contains("ABPI", StringComparison.Ordinal));
        var checklist = Checklist(host);
        Assert.StartsWith(source, checklist.Single(i => i.ItemId == item).Source, StringComparison.Ordinal);
        Assert.Single(checklist, i => i.ItemId.StartsWith("de-", StringComparison.Ordinal));
        Assert.DoesNotContain(checklist, i => i.Source.StartsWith("ABPI", StringComparison.Ordinal));
    }

    /// <summary>
    /// Donations and grants to individuals are prohibited and must be prospective (2021 Clause 23): both are flagged as
    /// gaps with the clause, and the checklist says what to do instead.
    /// </summary>
    [Theory]
    [InlineData("Individual patients or members of the public", "2027-06-15", "not allowed: the UK code prohibits donations and grants to individuals", "no-grants-to-individuals")]
    [InlineData("Patient organisation", "2028-06-15", "paid after the end date (30 April 2028), but donations and grants must be prospective", "grant-prospective")]
    public void Grant_ToIndividualsOrPaidAfterTheEnd_IsAGapWithClause23(string partnerType, string paid, string reason, string item)
    {
        var (chat, host) = Review(new Plan("Breathe Easy UK", partnerType, "UK", "grant", "one payment", paid));

        var r4 = chat.Send("assessment").Replies.OfType<CardReply>().Single().Card.Sections.Single(s => s.Heading.Value.StartsWith("R4", StringComparison.Ordinal));
        Assert.EndsWith(": Gap", r4.Heading, StringComparison.Ordinal);
        Assert.Contains(reason, Markdown.Unescape(r4.Text!), StringComparison.Ordinal);
        Assert.Contains(r4.Facts, f => f.Label == "Reason source" && f.Value.Value.Contains("Clause 23 (2021 text)", StringComparison.Ordinal));
        Assert.Contains(Checklist(host), i => i.ItemId == item);
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
            .Send("UK and Norway").Expect("In which country is the partner based")
            .Send("UK, Norway").Expect("Name one country", "In which country is the partner based")
            .Send("Norway").Expect("When is the collaboration planned to start?");
    }

    [Fact]
    public void PaymentDates_NotDates_AreRefusedAndAskedAgain()
    {
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)));
        chat.Send("hi");
        chat.Send("new").Send("Scenario").Send("Partner").Send("1").Send("domestic").Send("GB").Send("GB").Send("2027-05-01").Send("2028-04-30")
            .Send("yes").Send("grant").Send("100").Send("GBP").Send("schedule").Expect("On which dates is it paid or given?")
            .Send("March and June").Expect("\"March\" is not a date as yyyy-mm-dd", "On which dates is it paid or given?")
            .Send("2027-06-01, 2027-03-01").Expect("Which company entity pays");
    }
}
