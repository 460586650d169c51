using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Guidance;

public sealed class AssessmentRulesTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private static Answers Domestic(params (string Id, string[] Values)[] changes)
    {
        var answers = Answers.Empty
            .With("title", "Toolkit").With("partner", "Breathe Easy").With("partner_type", "patient_org").With("scope", "domestic")
            .With("countries", "GB").With("start_date", "2027-05-01").With("end_date", "2028-04-30").With("owner_is_me", "yes")
            .With("support_type", "grant").With("support_amount", "25000").With("support_currency", "GBP")
            .With("patient_outcome", "Fewer missed school days").With("patients_set_objectives", "yes")
            .With("experts", ["patient_experts", "hcps"]).With("recognition", ["fmv_payment", "credit"])
            .With("feedback_channel", "Steering group").With("review_cadence", "quarterly").With("agreement_status", "signed")
            .With("disclosure_plan", "both").With("acknowledged_from_start", "yes").With("benefits_profile", "A joint poster");
        return changes.Aggregate(answers, (a, c) => a.With(c.Id, c.Values));
    }

    public static TheoryData<string, string, string[], string, string> Rules => new()
    {
        // principle, changed question, new values, expected status, reason fragment
        { "R1", "patients_set_objectives", ["yes"], "Strong", "in their words (\"Fewer missed school days\")" },
        { "R1", "patients_set_objectives", ["partly"], "NeedsAttention", "only partly set the objectives" },
        { "R1", "patients_set_objectives", ["no"], "Gap", "did not help set the objectives" },
        { "R2", "recognition", ["undecided"], "Gap", "Patient experts and HCPs take part, but how they are recognised is not decided." },
        { "R2", "recognition", ["credit"], "NeedsAttention", "without a fair-market-value payment (credit or co-authorship)" },
        { "R2", "experts", ["none"], "NeedsAttention", "No outside experts" },
        { "R2", "recognition", ["fmv_payment"], "Strong", "recognised through fair-market-value payment" },
        { "R3", "review_cadence", ["not_planned"], "Gap", "No joint review is planned" },
        { "R3", "review_cadence", ["yearly"], "NeedsAttention", "A yearly review" },
        { "R3", "review_cadence", ["monthly"], "Strong", "you review together monthly" },
        { "R4", "agreement_status", ["not_started"], "Gap", "the written agreement is not started" },
        { "R4", "disclosure_plan", ["not_planned"], "Gap", "no plan yet for public disclosure" },
        { "R4", "agreement_status", ["drafted"], "NeedsAttention", "must be signed, and certified, before any support is paid or given (the work starts on 1 May 2027)" },
        { "R4", "agreement_status", ["signed"], "Strong", "disclosure is planned on both websites" },
        { "R4", "disclosure_plan", ["partner_website"], "Gap", "The only planned disclosure is on the partner's website, but the company itself must disclose" },
        { "R4", "acknowledged_from_start", ["no"], "Gap", "will not be acknowledged from the start" },
        { "R4", "disclosure_plan", ["central_platform"], "NeedsAttention", "goes on the company's own published list (company website), not on Disclosure UK" },
    };

    // The 30 days are the company's threshold, so that reason cites company policy (review SD3), the others the code.
    [Theory]
    [InlineData("2027-04-20", "support starts in 11 days (1 May 2027): get it signed now", "company-policy")]
    [InlineData("2027-04-01", "support starts in 30 days", "company-policy")]
    [InlineData("2027-03-31", "must be signed, and certified, before any support is paid or given (the work starts on 1 May 2027)", "abpi-2024")]
    [InlineData(null, "must be signed, and certified, before any support is paid or given (the work starts on 1 May 2027)", "abpi-2024")]
    public void Assess_DraftedAgreementCloseToTheStart_SaysHowCloseWithTheCompanyThreshold(string? today, string reason, string source)
    {
        var day = today is null ? (DateOnly?)null : DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        var r4 = Assessor.Assess(Pack, Domestic(("agreement_status", ["drafted"])), day).Items.Single(i => i.Principle.Id == "R4");

        Assert.Equal(AssessmentStatus.NeedsAttention, r4.Status);
        Assert.Contains(reason, r4.Reason, StringComparison.Ordinal);
        Assert.Equal(source, r4.ReasonSource.Id);
    }

    [Theory]
    [InlineData("hcp_society", "company_website", "NeedsAttention")]
    [InlineData("hco", "company_website", "NeedsAttention")]
    [InlineData("hcp_society", "central_platform", "Strong")]
    [InlineData("patient_org", "company_website", "Strong")]
    public void Assess_R4DisclosureRoute_FollowsThePartnerType(string partnerType, string plan, string status)
    {
        var r4 = Assessor.Assess(Pack, Domestic(("partner_type", [partnerType]), ("disclosure_plan", [plan]))).Items.Single(i => i.Principle.Id == "R4");

        Assert.Equal(Enum.Parse<AssessmentStatus>(status), r4.Status);
    }

    public static TheoryData<string, string[], string, string?> R4Sources => new()
    {
        // the R4 code rules cite the codes, not the Sanofi report
        { "agreement_status", ["not_started"], "abpi-2024", "Clause 27.2 (2021 numbering); certification in advance, 2024 Clause 8.3" },
        { "disclosure_plan", ["partner_website"], "abpi-2024", "Clauses 28.1 and 29.1" },
        { "disclosure_plan", ["not_planned"], "abpi-2024", "Clauses 29.1 and 31" },
        { "acknowledged_from_start", ["no"], "abpi-2024", "Clause 27.1 (2021 numbering)" },
        { "agreement_status", ["drafted"], "abpi-2024", "Clause 27.2 (2021 numbering); 2024 Clause 8.3" },
        { "agreement_status", ["signed"], "sanofi-report", null },
    };

    /// <summary>
    /// Issue 29 (review A8, A11, A12, G2): the R4 reasons carry country and partner conditions. From the code texts:
    /// 2021 Clause 23 "donations and grants to individuals are prohibited" and donations and grants are "prospective";
    /// 25.3 "all sponsorship clearly acknowledged from the outset" (any partner); 27.1 is the patient organisation
    /// clause; a German or Norwegian partner is never given an ABPI reason.
    /// </summary>
    public static TheoryData<string, string, string, string?> R4ByCountryAndPartner => new()
    {
        // changes (id=value;...), expected status, source, cite
        { "partner_type=patients_public", "Gap", "abpi-2024", "Clause 23 (2021 text)" },
        { "partner_type=patients_public;countries=DE", "Gap", "company-policy", "company policy; the local code was not checked" },
        { "payment_timing=one_payment;payment_date=2028-06-01", "Gap", "abpi-2024", "Clause 23 (2021 text)" },
        { "payment_timing=one_payment;payment_date=2028-04-30", "Strong", "sanofi-report", null },
        { "partner_type=hcp_society;acknowledged_from_start=no", "Gap", "abpi-2024", "Clause 25.3 (2021 numbering)" },
        { "partner_type=hco;acknowledged_from_start=no", "Gap", "abpi-2024", "Clause 25.3 (2021 numbering)" },
        { "acknowledged_from_start=no;countries=DE", "Gap", "ifpma-code", "Article 11.2" },
        { "agreement_status=not_started;countries=DE", "Gap", "ifpma-code", "Article 11.3" },
        { "agreement_status=drafted;countries=DE", "NeedsAttention", "company-policy", "company policy; check the local code for what the agreement must contain" },
        { "disclosure_plan=partner_website;countries=DE", "Gap", "company-policy", "company policy; the local code decides where and when" },
        { "disclosure_plan=partner_website;countries=NO", "Gap", "lmi-rules", "27.9" },
        { "partner_type=hcp_society;agreement_status=not_started", "Gap", "abpi-2024", "Clause 23 (2021 text); certification in advance, 2024 Clause 8.3" },
        { "countries=GB;partner_country=NO;disclosure_plan=not_planned", "Gap", "lmi-rules", "27.9 and 26.2" },
        { "countries=NO;partner_country=GB;disclosure_plan=not_planned", "Gap", "abpi-2024", "Clauses 29.1 and 31" },
    };

    [Theory]
    [MemberData(nameof(R4ByCountryAndPartner))]
    public void Assess_R4_CitesTheRuleOfThePartnersCountryAndType(string changes, string status, string source, string? cite)
    {
        var answers = changes.Split(';').Select(c => c.Split('=')).Aggregate(Domestic(), (a, c) => a.With(c[0], c[1]));

        var r4 = Assessor.Assess(Pack, answers).Items.Single(i => i.Principle.Id == "R4");

        Assert.Equal(Enum.Parse<AssessmentStatus>(status), r4.Status);
        Assert.Equal(source, r4.ReasonSource.Id);
        Assert.Equal(cite, r4.ReasonCite);
        if (!answers.All("partner_country").Contains("GB") && (!answers.All("countries").Contains("GB") || answers.Has("partner_country")))
        {
            Assert.NotEqual("abpi-2024", r4.ReasonSource.Id);
        }
    }

    [Theory]
    [MemberData(nameof(R4Sources))]
    public void Assess_R4CodeRules_CiteTheCodes(string question, string[] values, string source, string? cite)
    {
        var r4 = Assessor.Assess(Pack, Domestic((question, values))).Items.Single(i => i.Principle.Id == "R4");

        Assert.Equal(source, r4.ReasonSource.Id);
        Assert.Equal(cite, r4.ReasonCite);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assess_DomesticAnswers_GivesTheRuleStatusAndReason(string principle, string question, string[] values, string status, string reason)
    {
        var assessment = Assessor.Assess(Pack, Domestic((question, values)));

        var item = Assert.Single(assessment.Items, i => i.Principle.Id == principle);
        Assert.Equal(Enum.Parse<AssessmentStatus>(status), item.Status);
        Assert.Contains(reason, item.Reason, StringComparison.Ordinal);
        Assert.Equal(["R1", "R2", "R3", "R4"], assessment.Items.Select(i => i.Principle.Id));
    }

    [Fact]
    public void Assess_Readiness_CountsGapsAndAttention()
    {
        Assert.Equal("Ready to start: every area is strong.", Assessor.Assess(Pack, Domestic()).Readiness(Languages.English));
        Assert.Equal("Nearly ready: 1 area needs attention.", Assessor.Assess(Pack, Domestic(("review_cadence", ["yearly"]))).Readiness(Languages.English));
        Assert.Equal("Not ready yet: 2 gaps to close and 1 area to improve.",
            Assessor.Assess(Pack, Domestic(("review_cadence", ["not_planned"]), ("patients_set_objectives", ["no"]), ("agreement_status", ["drafted"]))).Readiness(Languages.English));
    }

    public static TheoryData<string, string[], string> LessonRules => new()
    {
        { "L1", ["need_assessment:access"], "NeedsAttention" },
        { "L1", ["need_assessment:access,diagnosis"], "Strong" },
        { "L2", ["communities_count:12"], "Gap" },
        { "L2", ["programme_years:2"], "NeedsAttention" },
        { "L3", ["other_partners:none_yet"], "Gap" },
        { "L3", ["other_partners:ngos"], "NeedsAttention" },
        { "L4", ["local_voices:not_yet"], "Gap" },
        { "P1", ["sustainability:product_only"], "Gap" },
        { "P1", ["sustainability:trained_specialists,centres"], "Strong" },
    };

    [Theory]
    [MemberData(nameof(LessonRules))]
    public void Assess_InternationalAnswers_AddsLessonsAndCapacity(string principle, string[] changes, string status)
    {
        var answers = Domestic(("scope", ["international"]), ("countries", ["EG"]), ("unmet_need", ["No trained physicians"]),
            ("need_assessment", ["access", "trained_hcps"]), ("communities_count", ["2"]), ("programme_years", ["10"]),
            ("other_partners", ["ngos", "government"]), ("local_voices", ["hcp_committee", "officials"]), ("sustainability", ["centres", "trained_specialists"]));
        foreach (var change in changes)
        {
            var (id, values) = (change.Split(':')[0], change.Split(':')[1].Split(','));
            answers = answers.With(id, values);
        }

        var assessment = Assessor.Assess(Pack, answers);

        Assert.Equal(["R1", "R2", "R3", "R4", "L1", "L2", "L3", "L4", "P1"], assessment.Items.Select(i => i.Principle.Id));
        Assert.Equal(Enum.Parse<AssessmentStatus>(status), assessment.Items.Single(i => i.Principle.Id == principle).Status);
        Assert.All(assessment.Items.Where(i => i.Principle.Id[0] is 'L' or 'P'), i => Assert.Equal("4 Must-Have Strategies for International Patient Engagement", i.Source.Title));
    }

    [Fact]
    public void Build_ChecklistForDomesticGrant_HasDueDatesOwnerAndSources()
    {
        var items = ChecklistBuilder.Build(Pack, Domestic(("agreement_status", ["drafted"])), "Alex");

        Assert.Equal(
            ["written-agreement", "certify-agreement", "independence", "not-sole-funder", "logo-permission", "tell-partner-disclosure", "acknowledge-support",
             "annual-disclosure", "methodology-note", "keep-public-and-records", "fmv-payment", "first-joint-review", "benefits-case-study"],
            items.Select(i => i.ItemId));
        Assert.StartsWith("ABPI Code of Practice for the Pharmaceutical Industry", items[0].Source, StringComparison.Ordinal);
        Assert.Contains("Clause 27.2 (2021 numbering; the 2024 sub-clause was not read); checked 2 Dec 2026", items[0].Source, StringComparison.Ordinal);

        // Review P1: a source whose text was not re-read (the EFPIA Patient Think Tank principles) must not print "checked".
        Assert.All(items.Where(i => i.ItemId != "fmv-payment"), i => Assert.Contains("; checked 2 Dec 2026", i.Source, StringComparison.Ordinal));
        Assert.EndsWith("fair payment principle; not re-read, listed 2 Dec 2026", items.Single(i => i.ItemId == "fmv-payment").Source, StringComparison.Ordinal);
        Assert.All(items, i => Assert.True(i.Source.Length <= 300, $"{i.ItemId}: source too long for the column"));
        Assert.Equal(new DateOnly(2027, 4, 24), items[0].Due);
        Assert.Equal(new DateOnly(2027, 8, 1), items.Single(i => i.ItemId == "first-joint-review").Due);
        Assert.Equal(new DateOnly(2028, 7, 29), items.Single(i => i.ItemId == "benefits-case-study").Due);
        Assert.Contains("Breathe Easy (25,000 GBP)", items.Single(i => i.ItemId == "annual-disclosure").Text, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal("Alex", i.Owner));
    }

    [Fact]
    public void Merge_ChangedAnswers_KeepsTicksOfItemsThatStillApply()
    {
        var before = ChecklistBuilder.Build(Pack, Domestic(("agreement_status", ["drafted"])), "Alex")
            .Select(i => i.ItemId is "fmv-payment" or "written-agreement" ? i with { Done = true, DoneBy = "Sam", DoneAt = DateTimeOffset.UnixEpoch } : i).ToList();

        var after = ChecklistBuilder.Merge(ChecklistBuilder.Build(Pack, Domestic(), "Alex"), before);

        Assert.DoesNotContain(after, i => i.ItemId == "written-agreement");
        var fmv = after.Single(i => i.ItemId == "fmv-payment");
        Assert.True(fmv.Done);
        Assert.Equal("Sam", fmv.DoneBy);
        Assert.False(after.Single(i => i.ItemId == "file-agreement").Done);
    }
}
