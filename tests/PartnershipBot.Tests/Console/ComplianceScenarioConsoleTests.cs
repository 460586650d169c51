using PartnershipBot.Channels.Console;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Console;

/// <summary>
/// The "done when" reviews of issue 11 in the terminal chat, on the real host and database: each gives the
/// obligations and due dates a compliance officer would sign off (from ABPI Clauses 28-31 and the PMCPA Q&A), and
/// the checklist shows where each statement comes from and when it was checked.
/// </summary>
public sealed class ComplianceScenarioConsoleTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private static string Script(string partnerType, string countries, string support, string timing, string dates, string start = "2027-05-01", string end = "2028-04-30") =>
        string.Join('\n',
            "new", "Scenario", "Partner", partnerType, "1", countries, start, end, "yes", support, "25000", "GBP", timing, dates,
            "Patients get answers in their own words", "yes", "1", "1", "A steering group with patients", "quarterly", "drafted", "company website", "yes",
            "A joint poster", "submit", "checklist", "reminders", "quit") + "\n";

    public static TheoryData<string, string, string[]> Scenarios => new()
    {
        {
            "UK patient organisation grant paid in March",
            Script("1", "UK", "1", "1", "2027-03-15"),
            ["30 Jun 2028: GB: 2027 support published on the company's patient organisation list (ABPI Clauses 29, 31)", "15 Jan 2028: Collect and check the 2027 support data",
             "24 Apr 2027: Written agreement signed before the start", "Clauses 29.1, 29.2 and 31; checked 2 Dec 2026", "Clause 27.3; checked 2 Dec 2026"]
        },
        {
            "UK scientific society sponsorship",
            Script("3", "GB", "3", "1", "2027-09-10"),
            ["31 Mar 2028: GB: 2027 data submitted to the ABPI for Disclosure UK (ABPI Clause 28)", "30 Jun 2028: GB: 2027 transfers of value public on Disclosure UK (ABPI Clause 31)",
             "through the central platform (Disclosure UK), not the company website"]
        },
        {
            "German patient organisation",
            Script("1", "Germany", "1", "1", "2027-03-15"),
            ["no fixed date: Disclosure rule not configured for DE; check the local code", "Germany (DE)", "Article 11.3; checked 2 Dec 2026"]
        },
        {
            "Multi-country GB, NO, US",
            Script("1", "GB, NO, US", "1", "1", "2027-03-15"),
            ["30 Jun 2028: GB: 2027 support published", "no fixed date: NO: disclosure deadline not confirmed; check the local code",
             "no fixed date: US: check the internal disclosure policy for support given in 2027", "27.7 Inntektsbegrensning"]
        },
        {
            "Contracted patient advisory board",
            Script("5", "UK", "4", "2", "2027-06-10, 2027-11-10"),
            ["24 Apr 2027: Services contract signed before the services start", "30 Jun 2028: GB: 2027 Clause 30 totals for patients paid for services published (ABPI Clauses 30, 31)",
             "document the legitimate need for the services, the criteria used to select the people"]
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
