namespace PartnershipBot.Tests.Support;

/// <summary>
/// The answers of one domestic UK interview (a £25,000 grant to Breathe Easy UK for an asthma school toolkit) that
/// many transcripts walk through: as typed in the terminal (choices by number) and as typed or clicked in Teams and
/// Slack (choices by label), so each test states only where it starts and what it does after.
/// </summary>
public static class UkGrantInterview
{
    /// <summary>From "new" to the last question, in the terminal; a test adds "submit" (or changes first).</summary>
    public const string ConsoleAnswers = """
        new
        Asthma school toolkit
        Breathe Easy UK
        1
        1
        GB
        GB
        2027-05-01
        2028-04-30
        yes
        grant
        25000
        GBP
        1
        2027-03-15
        1
        Children with asthma miss fewer school days
        yes
        1,4
        1,3
        A steering group with two parents
        quarterly
        drafted
        both
        yes
        A joint poster at the national asthma conference
        """;

    /// <summary>The answers after the end date (from "is support given?" to the last question), by label.</summary>
    public static IReadOnlyList<string> AfterEndDate { get; } =
    [
        "yes", "grant", "25000", "GBP", "one payment", "2027-03-15", "local", "Children with asthma miss fewer school days", "yes", "patient experts, HCPs",
        "fair-market-value payment", "A steering group with two parents", "quarterly", "drafted", "both", "yes",
        "A joint poster at the national asthma conference",
    ];

    /// <summary>The answers from the countries question on, by label.</summary>
    public static IReadOnlyList<string> FromCountries { get; } = ["GB", "GB", "2027-05-01", "2028-04-30", .. AfterEndDate];
}
