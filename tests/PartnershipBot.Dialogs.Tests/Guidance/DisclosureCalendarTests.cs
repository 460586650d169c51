using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>
/// The disclosure obligations per country, partner type, support type and payment schedule. Expected keys and due
/// dates are written out by hand from the code texts: ABPI Clauses 29 and 31 (patient organisations: company list,
/// first six months after the calendar year, so 30 June), Clause 28 with the PMCPA Q&A (healthcare organisations
/// and societies: Disclosure UK, data to the ABPI by the end of March, public by 30 June), Clause 30 (patients paid
/// for services: yearly totals by 30 June); IPHA (transferofvalue.ie within six months); IE and NO patient
/// organisation deadlines not confirmed, US internal policy, and no rule at all for DE.
/// </summary>
public sealed class DisclosureCalendarTests
{
    private const string GbPo = "disclosure:GB:gb-patient-organisations";
    private const string GbHco = "disclosure:GB:gb-healthcare-organisations";
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();
    private static readonly DisclosureCalendar Calendar = new(Pack.Disclosure);

    private static Answers Plan(string countries, string partner, string support, string? timing, string? dates, string start = "2027-02-01", string? end = "2028-01-31")
    {
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
            .Select(o => $"{o.Key}={o.Due?.ToString("yyyy-MM-dd") ?? "no date"}")];

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
        { "DE", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:DE:unconfigured=no date"] },
        { "Germany, France", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:DE:unconfigured=no date", "disclosure:FR:unconfigured=no date"] },
        { "EG", "ngo_humanitarian", "donation", "schedule", "2027-06-01, 2028-06-01", ["disclosure:EG:unconfigured=no date"] },
        { "IE", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:IE:ie-patient-organisations=no date"] },
        { "Ireland", "hco", "grant", "one_payment", "2027-03-15", ["disclosure:IE:ie-healthcare-organisations:publish:2027=2028-06-30"] },
        { "NO", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:NO:no-patient-organisations=no date"] },
        { "US", "patient_org", "grant", "one_payment", "2027-03-15", ["disclosure:US:us-internal-policy=no date"] },
        { "GB, NO, US", "patient_org", "grant", "one_payment", "2027-03-15", [$"{GbPo}:publish:2027=2028-06-30", "disclosure:NO:no-patient-organisations=no date", "disclosure:US:us-internal-policy=no date"] },
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
        var unconfigured = Calendar.Obligations(Plan("DE", "patient_org", "grant", "one_payment", "2027-03-15")).Single(o => o.Kind == DisclosureCalendar.Unconfigured);

        Assert.Equal("Disclosure rule not configured for DE; check the local code", unconfigured.Title);
        Assert.Null(unconfigured.Due);
        Assert.True(unconfigured.ForCompliance);
        Assert.Contains("Germany (DE)", unconfigured.Note, StringComparison.Ordinal);
        Assert.Equal("company-policy", unconfigured.SourceId);
        Assert.DoesNotContain(Calendar.Obligations(Plan("DE", "patient_org", "grant", "one_payment", "2027-03-15")), o => o.SourceId == "abpi-2024" && o.Kind == "annual_disclosure");
    }

    [Fact]
    public void Obligations_UnconfirmedDeadline_GoesToComplianceButUsPolicyDoesNot()
    {
        var obligations = Calendar.Obligations(Plan("NO, US", "patient_org", "grant", "one_payment", "2027-03-15"));

        Assert.True(obligations.Single(o => o.Key == "disclosure:NO:no-patient-organisations").ForCompliance);
        var us = obligations.Single(o => o.Key == "disclosure:US:us-internal-policy");
        Assert.False(us.ForCompliance);
        Assert.Contains("internal disclosure policy", us.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligations_CompanyDefaultRule_AppliesToCountriesWithoutOne()
    {
        var yaml = ReadPack().Replace("    # default: efpia-national-code", "    default: efpia-national-code", StringComparison.Ordinal);
        var calendar = new DisclosureCalendar(GuidancePackLoader.Parse(yaml, "company.yaml").Disclosure);

        var de = calendar.Obligations(Plan("DE", "patient_org", "grant", "one_payment", "2027-03-15")).Single(o => o.Key.StartsWith("disclosure:DE", StringComparison.Ordinal));

        Assert.Equal("disclosure:DE:efpia-national-code", de.Key);
        Assert.Equal("efpia-code", de.SourceId);
        Assert.Contains("national code", de.Note, StringComparison.Ordinal);
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
        var obligations = Calendar.Obligations(Plan("GB", "patient_org", "grant", "one_payment", "2028-02-01", start: "2028-02-29", end: "2028-12-31"));

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
