using PartnershipBot.Channels.Console;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Console;

/// <summary>
/// The "done when" reviews of issue 11 in the terminal chat, on the real host and database: each gives the
/// obligations and due dates a compliance officer would sign off (from ABPI Clauses 28-31 and the PMCPA Q&A), and
/// the checklist shows where each statement comes from and when it was checked. Issue 29 changed what the December
/// 2026 regulatory review showed wrong: the agreement is due before the first payment (2021 Clauses 23, 27.2; 2024
/// Clause 8.3), the partner's country decides the rules (LMI 26.3; ABPI UK recipients), German rules name the code.
/// </summary>
public sealed class ComplianceScenarioConsoleTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    /// <param name="based">Where the partner is based (asked after the countries), and the answer that follows it for
    /// individuals (who the people are) or a German patient organisation (which code), if any.</param>
    private static string Script(string partnerType, string countries, string support, string timing, string dates, string start = "2027-05-01", string end = "2028-04-30",
        string[]? based = null) =>
        string.Join('\n', [
            "new", "Scenario", "Partner", partnerType, "1", countries, .. based ?? [countries.Split(',')[0]], start, end, "yes", support, "25000", "GBP", timing, dates, "1",
            "Patients get answers in their own words", "yes", "1", "1", "A steering group with patients", "quarterly", "drafted", "company website", "yes",
            "A joint poster", "submit", "checklist", "reminders", "quit"]) + "\n";

    public static TheoryData<string, string, string[]> Scenarios => new()
    {
        {
            "UK patient organisation grant paid in March",
            Script("1", "UK", "1", "1", "2027-03-15"),
            ["30 Jun 2028: GB: 2027 support published on the company's patient organisation list (ABPI Clauses 29, 31)", "15 Jan 2028: Collect and check the 2027 support data",
             "8 Mar 2027: Written agreement signed before the support is paid or given", "Clauses 29.1, 29.2 and 31; checked 2 Dec 2026",
             "Clause 27.2 (2021 numbering; the 2024 sub-clause was not read); checked 2 Dec 2026", "2024 Clause 8.3 (certified in advance); checked 2 Dec 2026"]
        },
        {
            "UK scientific society sponsorship",
            Script("3", "GB", "3", "1", "2027-09-10"),
            ["31 Mar 2028: GB: 2027 data submitted to the ABPI for Disclosure UK (ABPI Clause 28)", "30 Jun 2028: GB: 2027 transfers of value public on Disclosure UK (ABPI Clause 31)",
             "through the central platform (Disclosure UK), not the company website"]
        },
        {
            "German patient organisation",
            Script("1", "Germany", "1", "1", "2027-03-15", based: ["Germany", "1"]),
            ["no fixed date: DE: disclosure deadline not confirmed; check the local code", "FSA-Kodex Patientenorganisationen", "Article 11.3; checked 2 Dec 2026"]
        },
        {
            "Multi-country GB, NO, US, Norwegian partner",
            Script("1", "GB, NO, US", "1", "1", "2027-03-15", based: ["Norway"]),
            ["30 Jun 2028: NO: 2027 support published on the company's patient organisation list, window 20-30 June (LMI 27.9, 26.2)",
             "40 % if its annual budget is under NOK 250,000", "transparency clause"]
        },
        {
            "Contracted patient advisory board",
            Script("5", "UK", "4", "2", "2027-06-10, 2027-11-10", based: ["UK", "1"]),
            ["24 Apr 2027: Services contract signed before the services start", "30 Jun 2028: GB: 2027 Clause 30 totals for patients paid for services published (ABPI Clauses 30, 31)",
             "Document the legitimate need for the services, the criteria used to select the people"]
        },
        {
            "Grant paid before the start date",
            Script("1", "GB", "1", "1", "2027-12-15", start: "2028-02-01", end: "2028-12-31"),
            ["30 Jun 2028: GB: 2027 support published on the company's patient organisation list"]
        },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Console_Scenario_GivesObligationsDueDatesChecklistAndSources(string scenario, string script, string[] expected)
    {
        await using var bot = await BotServices.StartAsync(database);
        using var output = new StringWriter();

        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("dana", new StringReader(script), output, interactive: false, CancellationToken.None);

        var transcript = output.ToString();
        Assert.True(transcript.Contains("Submitted \"Scenario\"", StringComparison.Ordinal), $"{scenario}: not submitted\n{transcript}");
        Assert.DoesNotContain("Sorry", transcript, StringComparison.Ordinal);
        foreach (var fragment in expected)
        {
            Assert.True(transcript.Contains(fragment, StringComparison.Ordinal), $"{scenario}: missing \"{fragment}\"\n{transcript}");
        }

        if (scenario.StartsWith("Grant paid before", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("2028 support published", transcript, StringComparison.Ordinal);
        }

        if (scenario.StartsWith("German", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("ABPI Clauses 29", transcript, StringComparison.Ordinal);
        }

        if (scenario.StartsWith("Multi-country", StringComparison.Ordinal))
        {
            // A Norwegian partner gets the Norwegian list only, not the UK or US rules of the other project countries.
            Assert.DoesNotContain("GB: 2027", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("US: check", transcript, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Console_Reminders_GroupedUnderTheCollaborationWithTheReviewsOnOneLine()
    {
        await using var bot = await BotServices.StartAsync(database);
        using var output = new StringWriter();

        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("dana", new StringReader(Script("1", "UK", "1", "1", "2027-03-15")), output, interactive: false, CancellationToken.None);

        var reminders = output.ToString()[output.ToString().LastIndexOf("== Your upcoming transparency deadlines ==", StringComparison.Ordinal)..];
        Assert.Contains("\n-- Scenario\n", reminders.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches(@"\d+\. Joint review with the partner: every 3 months from 1 Aug 2027, next 1 Aug 2027 \(also \d+, \d+\)", reminders);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reminders, "Joint review with the partner"));
        Assert.DoesNotContain("(1. Scenario", reminders, StringComparison.Ordinal);
    }
}
