using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

public sealed class DisclosureCalendarTests
{
    private static readonly DisclosureCalendar Calendar = new(GuidancePack.LoadDefault().Disclosure);

    private static Answers Plan(string start, string? end, string countries = "GB", string support = "grant", string cadence = "yearly") =>
        (end is null ? Answers.Empty : Answers.Empty.With("end_date", end))
            .With("start_date", start).With("countries", countries).With("support_type", support).With("review_cadence", cadence);

    public static TheoryData<string, string?, string, string[]> AnnualDates => new()
    {
        // start, end, countries, expected annual disclosure due dates
        { "2027-03-15", "2027-11-30", "GB", ["2028-06-30"] },
        { "2027-12-31", "2028-01-01", "GB", ["2028-06-30", "2029-06-30"] },
        { "2028-02-29", "2030-02-28", "gb", ["2029-06-30", "2030-06-30", "2031-06-30"] },
        { "2027-05-01", null, "GB", ["2028-06-30"] },
        { "2027-05-01", "2027-09-01", "NO", ["2028-06-30"] },
    };

    [Theory]
    [MemberData(nameof(AnnualDates))]
    public void Obligations_SupportSpanningYears_OneDisclosurePerCalendarYear(string start, string? end, string countries, string[] expected)
    {
        var due = Calendar.Obligations(Plan(start, end, countries)).Where(o => o.Kind == "annual_disclosure").Select(o => o.Due?.ToString("yyyy-MM-dd"));

        Assert.Equal(expected, due);
    }

    [Fact]
    public void Obligations_UsPatientGroup_SaysCheckInternalPolicyWithoutADate()
    {
        var annual = Assert.Single(Calendar.Obligations(Plan("2027-05-01", "2027-12-01", "US")), o => o.Kind == "annual_disclosure");

        Assert.Null(annual.Due);
        Assert.Contains("internal policy", annual.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Obligations_LeapDayStart_AgreementWeekBeforeAndBenefitsAfterEnd()
    {
        var obligations = Calendar.Obligations(Plan("2028-02-29", "2028-12-31"));

        Assert.Equal(new DateOnly(2028, 2, 22), obligations.Single(o => o.Kind == "written_agreement").Due);
        Assert.Equal(new DateOnly(2028, 2, 29), obligations.Single(o => o.Kind == "acknowledgement").Due);
        Assert.Equal(new DateOnly(2029, 3, 31), obligations.Single(o => o.Kind == "benefits_profile").Due);
    }

    [Fact]
    public void Obligations_NoSupport_OnlyBenefitsAndReviews()
    {
        var kinds = Calendar.Obligations(Plan("2027-01-10", "2028-01-10", support: "none", cadence: "twice_yearly")).Select(o => o.Kind);

        Assert.Equal(["benefits_profile", "joint_review", "joint_review"], kinds);
    }

    [Fact]
    public void Obligations_QuarterlyReviews_UntilTheEnd()
    {
        var reviews = Calendar.Obligations(Plan("2027-01-31", "2027-12-31", cadence: "quarterly")).Where(o => o.Kind == "joint_review").Select(o => o.Due);

        Assert.Equal([new DateOnly(2027, 4, 30), new DateOnly(2027, 7, 31), new DateOnly(2027, 10, 31)], reviews);
    }
}
