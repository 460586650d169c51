using System.Globalization;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>
/// The disclosure obligations per country, partner type, support type and payment schedule. Expected keys and due
/// dates are written out by hand from the code texts: ABPI Clauses 29 and 31 (patient organisations: company list,
/// first six months after the calendar year, so 30 June), Clause 28 with the PMCPA Q&A (healthcare organisations
/// and societies: Disclosure UK, data to the ABPI by the end of March, public by 30 June), Clause 30 (patients paid
/// for services: yearly totals by 30 June); IPHA (transferofvalue.ie within six months); IE and NO patient
/// organisation deadline not confirmed, US internal policy; Norway from LMI 27.9 applying 26.2 (publication in the
/// window 20-30 June); Germany named by the code the company follows, never dated. The first table answers as the
/// bot asked before issue 29 (no partner country: every country of the project counts, as it did then); the
/// recipient table answers where the partner is based, which decides since issue 29.
/// </summary>
public sealed class DisclosureCalendarTests
{
    private const string GbPo = "disclosure:GB:gb-patient-organisations";
    private const string GbHco = "disclosure:GB:gb-healthcare-organisations";
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();
    private static readonly DisclosureCalendar Calendar = new(Pack.Disclosure);

    private static Answers Plan(string countries, string partner, string support, string? timing, string? dates, string start = "2027-02-01", string? end = "2028-01-31", string? based = null)
    {
        if (based is not null)
        {
            return Plan(countries, partner, support, timing, dates, start, end).With("partner_country", based);
        }

        var answers = (end is null ? Answers.Empty : Answers.Empty.With("end_date", end))
            .With("start_date", start).With("countries", Countries.ParseList(countries).Codes).With("partner_type", partner)
            .With("support_type", support).With("review_cadence", "yearly");
        if (timing is not null)
        {
            answers = answers.With("payment_timing", timing);
        }

        return timing switch
        {
            "one_payment" => answers.With("payment_date", dates!),
            "schedule" or "in_kind" => answers.With("payment_dates", dates!.Split(", ")),
            _ => answers,
        };
    }

    private static string[] Disclosures(Answers answers) =>
        [.. Calendar.Obligations(answers)
            .Where(o => o.Kind is "annual_disclosure" or DisclosureCalendar.CheckLocal or DisclosureCalendar.Unconfigured)
            .Select(o => $"{o.Key}={o.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}")];

    public static TheoryData<string, string, string, string?, string?, string[]> Table => new()
    {
        // countries, partner type, support type, payment timing, payment dates: expected obligations and due dates
        { "GB", "patient_org", "grant", "one_payment", "2027-03-15", [$"{GbPo}:publish:2027=2028-06-30"] },
        { "UK", "advocacy_group", "sponsorship", "schedule", "2027-02-01, 2028-02-01", [$"{GbPo}:publish:2027=2028-06-30", $"{GbPo}:publish:2028=2029-06-30"] },
        { "GB", "patient_org", "donation", "in_kind", "2027-06-01", [$"{GbPo}:publish:2027=2028-06-30"] },
        { "GB", "patient_org", "contracted_services", "schedule", "2027-05-01, 2027-10-01", [$"{GbPo}:publish:2027=2028-06-30"] },
        { "GB", "hcp_society", "sponsorship", "one_payment", "2027-09-10", [$"{GbHco}:submit:2027=2028-03-31", $"{GbHco}:publish:2027=2028-06-30"] },
        { "United Kingdom", "hco", "grant", "one_payment", "2026-12-20", [$"{GbHco}:submit:2026=2027-03-31", $"{GbHco}:publish:2026=2027-06-30"] },
        { "GB", "patients_public", "contracted_services", "schedule", "2027-05-10, 2027-11-10", ["disclosure:GB:gb-patients-public:publish:2027=2028-06-30"] },
        { "GB", "patients_public", "grant", "one_payment", "2027-03-15", ["disclosure:GB:unconfigured=no date"] },
        { "GB", "ngo_humanitarian", "donation", "in_kind", "2027-04-01", ["disclosure:GB:unconfigured=no date"] },
        { "DE", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:DE:de-code-unknown=no date"] },
        { "Germany, France", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:DE:de-code-unknown=no date", "disclosure:FR:unconfigured=no date"] },
        { "EG", "ngo_humanitarian", "donation", "schedule", "2027-06-01, 2028-06-01", ["disclosure:EG:unconfigured=no date"] },
        { "IE", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:IE:ie-patient-organisations=no date"] },
        { "Ireland", "hco", "grant", "one_payment", "2027-03-15", ["disclosure:IE:ie-healthcare-organisations:publish:2027=2028-06-30"] },
        { "NO", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:NO:no-patient-organisations:publish:2027=2028-06-30"] },
        { "US", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:US:us-internal-policy=no date"] },
        { "GB, NO, US", "patient_org", "grant", "one_payment", "2027-03-15", [$"{GbPo}:publish:2027=2028-06-30", "disclosure:NO:no-patient-organisations:publish:2027=2028-06-30", "disclosure:US:us-internal-policy=no date"] },
        { "US, GB", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:US:us-internal-policy=no date", $"{GbPo}:publish:2027=2028-06-30"] },
        { "UK, US", "hcp_society", "sponsorship", "one_payment", "2027-03-15", [$"{GbHco}:submit:2027=2028-03-31", $"{GbHco}:publish:2027=2028-06-30", "disclosure:US:us-internal-policy=no date"] },
        { "GB", "patient_org", "none", null, null, [] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Obligations_CountryPartnerSupportAndSchedule_GiveTheCodesObligations(string countries, string partner, string support, string? timing, string? dates, string[] expected)
    {
        Assert.Equal(expected, Disclosures(Plan(countries, partner, support, timing, dates)));
    }

    /// <summary>
    /// Issue 29, from the code texts: LMI 26.3 "reporting follows the national rules of the country where the recipient
    /// has its primary place of work"; the ABPI Code covers UK recipients, including payments by overseas affiliates
    /// (PMCPA Q&A); LMI 27.9 applies 26.2 "publication in the period 20-30 June"; 2021 Clause 27.5 (PMCPA Q&A) "contracts
    /// with individuals representing patient organisations ... with the organisation ... disclosed under Clause 29";
    /// Clause 30 for the UK public; Clause 28 (Disclosure UK) for health professionals.
    /// </summary>
    public static TheoryData<string, string, string, string, string?, string[]> Recipients => new()
    {
        // project countries, partner's country, partner type, support, extra answers (id=value|value;...): expected
        { "GB, NO, US", "GB", "patient_org", "grant", null, [$"{GbPo}:publish:2027=2028-06-30"] },
        { "GB", "NO", "patient_org", "grant", null, ["disclosure:NO:no-patient-organisations:publish:2027=2028-06-30"] },
        { "NO, SE", "Norway", "advocacy_group", "sponsorship", null, ["disclosure:NO:no-patient-organisations:publish:2027=2028-06-30"] },
        { "GB", "US", "patient_org", "grant", null, ["disclosure:US:us-internal-policy=no date"] },
        { "US", "GB", "patient_org", "grant", "paying_entity=other_country", [$"{GbPo}:publish:2027=2028-06-30"] },
        { "GB", "GB", "patients_public", "contracted_services", "people_paid=patient_org", [$"{GbPo}:publish:2027=2028-06-30"] },
        { "GB", "GB", "patients_public", "contracted_services", "people_paid=patients_public", ["disclosure:GB:gb-patients-public:publish:2027=2028-06-30"] },
        { "GB", "GB", "patients_public", "contracted_services", "people_paid=patients_public|patient_org|hcps",
            ["disclosure:GB:gb-patients-public:publish:2027=2028-06-30", $"{GbPo}:publish:2027=2028-06-30",
             "disclosure:GB:gb-health-professionals:submit:2027=2028-03-31", "disclosure:GB:gb-health-professionals:publish:2027=2028-06-30"] },
        { "DE", "DE", "patient_org", "grant", "de_code=fsa", ["disclosure:DE:de-fsa=no date"] },
        { "DE", "DE", "patient_org", "grant", "de_code=akg", ["disclosure:DE:de-akg=no date"] },
        { "DE", "DE", "patient_org", "grant", "de_code=unsure", ["disclosure:DE:de-code-unknown=no date"] },
        { "GB", "DE", "hco", "grant", null, ["disclosure:DE:unconfigured=no date"] },
    };

    [Theory]
    [MemberData(nameof(Recipients))]
    public void Obligations_FollowThePartnersCountryAndEachGroupPaid(string countries, string based, string partner, string support, string? extra, string[] expected)
    {
        var answers = Plan(countries, partner, support, "one_payment", "2027-03-15", based: based);
        foreach (var pair in (extra ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            answers = answers.With(pair[0], pair[1].Split('|'));
        }

        Assert.Equal(expected, Disclosures(answers));
        Assert.DoesNotContain(Calendar.Obligations(answers), o => o.Kind == "annual_disclosure" && o.Due is null);
    }

    /// <summary>
    /// 2021 Clause 23: a written agreement for each donation or grant; 2024 Clause 8.3: certified in advance; so the
    /// agreement is due the policy's 7 days before the earlier of the first payment or in-kind date and the start.
    /// </summary>
    [Theory]
    [InlineData("one_payment", "2027-03-15", "2027-05-01", "2027-03-08", "Written agreement signed before the support is paid or given")]
    [InlineData("one_payment", "2027-06-15", "2027-05-01", "2027-04-24", "Written agreement signed before the start")]
    [InlineData("one_payment", "2027-05-01", "2027-05-01", "2027-04-24", "Written agreement signed before the start")]
    [InlineData("schedule", "2028-03-01, 2027-02-10", "2027-05-01", "2027-02-03", "Written agreement signed before the support is paid or given")]
    [InlineData("in_kind", "2027-04-20", "2027-05-01", "2027-04-13", "Written agreement signed before the support is paid or given")]
    [InlineData("one_payment", "2027-12-15", "2028-02-01", "2027-12-08", "Written agreement signed before the support is paid or given")]
    public void Obligations_Agreement_DueBeforeTheFirstPaymentOrTheStartWhicheverIsEarlier(string timing, string dates, string start, string due, string title)
    {
        var agreement = Calendar.Obligations(Plan("GB", "patient_org", "grant", timing, dates, start: start, end: "2028-12-31", based: "GB"))
            .Single(o => o.Kind == "written_agreement");

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), agreement.Due);
        Assert.Equal(title, agreement.Title);
        Assert.Contains("before any support is paid or given", agreement.Note, StringComparison.Ordinal);
        Assert.Contains("Clause 27.2", agreement.Cite, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligations_ServicesPaidBeforeTheStart_ContractDueBeforeThePayment()
    {
        var agreement = Calendar.Obligations(Plan("GB", "patients_public", "contracted_services", "one_payment", "2027-01-10", based: "GB"))
            .Single(o => o.Kind == "written_agreement");

        Assert.Equal(new DateOnly(2027, 1, 3), agreement.Due);
        Assert.Equal("Services contract signed before the first payment", agreement.Title);
        Assert.StartsWith("Clause 24.2", agreement.Cite, StringComparison.Ordinal);
    }

    /// <summary>
    /// Review A1, A8, A9, S4: the agreement and acknowledgement cite the partner's own clauses: 27.2 and 27.1 for a
    /// patient organisation; 23 (donations and grants) and 25.3 (sponsorship acknowledged) for a society or hospital;
    /// never a patient organisation clause for them, and no ABPI clause outside the UK.
    /// </summary>
    [Theory]
    [InlineData("patient_org", "grant", "GB", "abpi-2024", "Clause 27.2", "abpi-2024", "Clause 27.1")]
    [InlineData("hcp_society", "grant", "GB", "abpi-2024", "Clause 23", "abpi-2024", "Clause 25.3")]
    [InlineData("hco", "donation", "GB", "abpi-2024", "Clause 23", "abpi-2024", "Clause 25.3")]
    [InlineData("hcp_society", "sponsorship", "GB", "company-policy", "company policy", "abpi-2024", "Clause 25.3")]
    [InlineData("hco", "sponsorship", "GB", "company-policy", "company policy", "abpi-2024", "Clause 25.3")]
    [InlineData("patient_org", "grant", "DE", "ifpma-code", "Article 11.3", "ifpma-code", "Article 11.2")]
    [InlineData("hcp_society", "grant", "NO", "ifpma-code", "Article 11.3", "ifpma-code", "Article 11.2")]
    public void Obligations_AgreementAndAcknowledgement_CiteThePartnersOwnClauses(string partner, string support, string based,
        string agreementSource, string agreementCite, string ackSource, string ackCite)
    {
        var obligations = Calendar.Obligations(Plan("GB, DE, NO", partner, support, "one_payment", "2027-03-15", based: based));
        var agreement = obligations.Single(o => o.Kind == "written_agreement");
        var ack = obligations.Single(o => o.Kind == "acknowledgement");

        Assert.Equal(agreementSource, agreement.SourceId);
        Assert.StartsWith(agreementCite, agreement.Cite, StringComparison.Ordinal);
        Assert.Equal(ackSource, ack.SourceId);
        Assert.StartsWith(ackCite, ack.Cite, StringComparison.Ordinal);
        if (partner is not "patient_org")
        {
            Assert.DoesNotContain("27.", agreement.Cite + ack.Cite, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// PMCPA Q&A: Disclosure UK data "by the end of March", a date the ABPI sets each year: the last working day of
    /// March (31 March 2029 is a Saturday, 31 March 2030 a Sunday) unless the year's ABPI date is set in the pack.
    /// </summary>
    [Theory]
    [InlineData("2027-09-10", null, "2028-03-31")]
    [InlineData("2028-09-10", null, "2029-03-30")]
    [InlineData("2029-09-10", null, "2030-03-29")]
    [InlineData("2027-09-10", "2028-03-28", "2028-03-28")]
    public void Obligations_DisclosureUkSubmission_LastWorkingDayOfMarchOrTheAbpisDate(string paid, string? set, string expected)
    {
        var calendar = Calendar;
        if (set is not null)
        {
            var year = int.Parse(paid[..4], System.Globalization.CultureInfo.InvariantCulture);
            var yaml = ReadPack().Replace("            set_dates: {}\n          - { id: publish, title: \"GB: {year} transfers", $"            set_dates: {{ {year}: {set} }}\n          - {{ id: publish, title: \"GB: {{year}} transfers", StringComparison.Ordinal);
            Assert.Contains($"set_dates: {{ {year}: {set} }}", yaml, StringComparison.Ordinal);
            calendar = new DisclosureCalendar(GuidancePackLoader.Parse(yaml, "company.yaml").Disclosure);
        }

        var submit = calendar.Obligations(Plan("GB", "hcp_society", "sponsorship", "one_payment", paid, start: "2027-05-01", end: "2030-04-30", based: "GB"))
            .Single(o => o.Key.StartsWith($"{GbHco}:submit", StringComparison.Ordinal));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), submit.Due);
    }

    [Fact]
    public void Obligations_GrantPaidBeforeTheStart_BelongsToTheYearItWasPaid()
    {
        var answers = Plan("GB", "patient_org", "grant", "one_payment", "2027-12-15", start: "2028-02-01", end: "2028-12-31");

        Assert.Equal([$"{GbPo}:publish:2027=2028-06-30"], Disclosures(answers));
        Assert.Equal(new DateOnly(2028, 1, 15), Calendar.Obligations(answers).Single(o => o.Kind == DisclosureCalendar.Kickoff).Due);
    }

    [Fact]
    public void Obligations_CountryWithoutRule_NoInventedDateAndGoesToCompliance()
    {
        var unconfigured = Calendar.Obligations(Plan("FR", "patient_org", "grant", "one_payment", "2027-03-15")).Single(o => o.Kind == DisclosureCalendar.Unconfigured);

        Assert.Equal("Disclosure rule not configured for FR; check the local code", unconfigured.Title);
        Assert.Null(unconfigured.Due);
        Assert.True(unconfigured.ForCompliance);
        Assert.Contains("France (FR)", unconfigured.Note, StringComparison.Ordinal);
        Assert.Equal("company-policy", unconfigured.SourceId);
        Assert.DoesNotContain(Calendar.Obligations(Plan("DE", "patient_org", "grant", "one_payment", "2027-03-15")), o => o.SourceId == "abpi-2024" && o.Kind == "annual_disclosure");
    }

    [Fact]
    public void Obligations_UnconfirmedDeadline_GoesToComplianceButUsPolicyDoesNot()
    {
        var obligations = Calendar.Obligations(Plan("IE, DE, US", "patient_org", "grant", "one_payment", "2027-03-15"));

        Assert.True(obligations.Single(o => o.Key == "disclosure:IE:ie-patient-organisations").ForCompliance);
        Assert.True(obligations.Single(o => o.Key == "disclosure:DE:de-code-unknown").ForCompliance);
        var us = obligations.Single(o => o.Key == "disclosure:US:us-internal-policy");
        Assert.False(us.ForCompliance);
        Assert.Contains("internal disclosure policy", us.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligations_CompanyDefaultRule_AppliesToCountriesWithoutOne()
    {
        var yaml = ReadPack().Replace("    # default: efpia-national-code", "    default: efpia-national-code", StringComparison.Ordinal);
        var calendar = new DisclosureCalendar(GuidancePackLoader.Parse(yaml, "company.yaml").Disclosure);

        var fr = calendar.Obligations(Plan("FR", "patient_org", "grant", "one_payment", "2027-03-15")).Single(o => o.Key.StartsWith("disclosure:FR", StringComparison.Ordinal));

        Assert.Equal("disclosure:FR:efpia-national-code", fr.Key);
        Assert.Equal("efpia-code", fr.SourceId);
        Assert.Contains("national code", fr.Note, StringComparison.Ordinal);

        // Review E1: the EFPIA rule was marked confirmed without its text having been read.
        Assert.False(calendar.Rules.Rule("efpia-national-code").Confirmed);
        Assert.True(fr.ForCompliance);
    }

    [Theory]
    [InlineData("signed", true)]
    [InlineData("drafted", false)]
    [InlineData("not_started", false)]
    public void Obligations_SignedAgreement_IsRecordedAsMet(string status, bool met)
    {
        var agreement = Calendar.Obligations(Plan("GB", "patient_org", "grant", "one_payment", "2027-03-15").With("agreement_status", status)).Single(o => o.Kind == "written_agreement");

        Assert.Equal(met, agreement.Met);
        Assert.Equal(new DateOnly(2027, 1, 25), agreement.Due);
        Assert.Contains("company policy", agreement.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligations_ContractedServices_AskForAServicesContract()
    {
        var agreement = Calendar.Obligations(Plan("GB", "patients_public", "contracted_services", "one_payment", "2027-03-15")).Single(o => o.Kind == "written_agreement");

        Assert.Equal("Services contract signed before the services start", agreement.Title);
    }

    [Fact]
    public void Obligations_AnswersFromBeforePaymentQuestions_UseTheProjectYears()
    {
        var legacy = Answers.Empty.With("start_date", "2027-12-31").With("end_date", "2028-01-01").With("countries", "GB, EG")
            .With("partner_type", "patient_org").With("support_type", "grant");

        Assert.Equal([$"{GbPo}:publish:2027=2028-06-30", $"{GbPo}:publish:2028=2029-06-30", "disclosure:EG:unconfigured=no date"], Disclosures(legacy));
    }

    [Fact]
    public void Obligations_LeapDayStart_AgreementWeekBeforeAndBenefitsAfterEnd()
    {
        var obligations = Calendar.Obligations(Plan("GB", "patient_org", "grant", "one_payment", "2028-03-01", start: "2028-02-29", end: "2028-12-31"));

        Assert.Equal(new DateOnly(2028, 2, 22), obligations.Single(o => o.Kind == "written_agreement").Due);
        Assert.Equal(new DateOnly(2028, 2, 29), obligations.Single(o => o.Kind == "acknowledgement").Due);
        Assert.Equal(new DateOnly(2029, 3, 31), obligations.Single(o => o.Kind == "benefits_profile").Due);
    }

    [Fact]
    public void Obligations_NoSupport_OnlyBenefitsAndReviews()
    {
        var answers = Plan("GB", "patient_org", "none", null, null, start: "2027-01-10", end: "2028-01-10").With("review_cadence", "twice_yearly");

        Assert.Equal(["benefits_profile", "joint_review", "joint_review"], Calendar.Obligations(answers).Select(o => o.Kind));
    }

    [Fact]
    public void Obligations_QuarterlyReviews_UntilTheEnd()
    {
        var answers = Plan("GB", "patient_org", "none", null, null, start: "2027-01-31", end: "2027-12-31").With("review_cadence", "quarterly");

        Assert.Equal([new DateOnly(2027, 4, 30), new DateOnly(2027, 7, 31), new DateOnly(2027, 10, 31)],
            Calendar.Obligations(answers).Where(o => o.Kind == "joint_review").Select(o => o.Due));
    }

    [Theory]
    [InlineData("UK, US", new[] { "GB", "US" })]
    [InlineData("US, GB", new[] { "US", "GB" })]
    [InlineData("gb no us", new[] { "GB", "NO", "US" })]
    [InlineData("England and Norway", new[] { "GB", "NO" })]
    [InlineData("Bosnia and Herzegovina", new[] { "BA" })]
    [InlineData("USA; Holland / eire", new[] { "US", "NL", "IE" })]
    public void ParseList_NamesCodesAndSynonyms_GiveIsoCodes(string typed, string[] expected)
    {
        var (codes, unknown) = Countries.ParseList(typed);

        Assert.Equal(expected, codes);
        Assert.Empty(unknown);
    }

    [Fact]
    public void ParseList_UnknownCountry_IsReportedNotGuessed()
    {
        var (codes, unknown) = Countries.ParseList("GB, Atlantis, XX");

        Assert.Equal(["GB"], codes);
        Assert.Equal(["Atlantis", "XX"], unknown);
    }

    internal static string ReadPack()
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
