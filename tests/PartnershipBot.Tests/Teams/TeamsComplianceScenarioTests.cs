using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Issue 11's reviews in Teams (anonymous local mode, real dialogs and database): a German patient organisation gets
/// no ABPI deadline but "check the local code" of the code the company follows (issue 29: FSA or AKG) for compliance;
/// a UK scientific society goes through Disclosure UK; the agreement is due before the grant is paid (issue 29).
/// </summary>
public sealed class TeamsComplianceScenarioTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    /// <summary>Every text of the activity and its card, one per line, as strings (not JSON-encoded).</summary>
    private static string Shown(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Shown(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Shown)),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => "",
    };

    private static string Text(JsonNode activity) => (string?)activity["text"] ?? activity["attachments"]?[0]?["content"]?.ToJsonString() ?? "";

    private static async Task<IReadOnlyList<JsonNode>> ReviewAsync(TeamsChat chat, string partnerType, string countries, string support, string paid)
    {
        await chat.InstallAsync();
        await chat.SayAsync("new");
        await chat.SayAsync("Scenario");
        var type = (await chat.SayAsync("The partner")).Single();
        var scope = (await chat.ClickAsync(type, "Submit", new() { [CardIds.Answer] = partnerType })).Single();
        await chat.ClickAsync(scope, "Domestic");
        await chat.SayAsync(countries);

        // The partner is based in the one country the work covers; a German patient organisation is asked its code.
        var next = await chat.SayAsync(countries);
        if (partnerType == "patient_org" && countries == "Germany")
        {
            next = await chat.SayAsync("fsa");
        }

        var start = next[^1];
        var end = await chat.ClickAsync(start, "Submit", new() { [CardIds.Answer] = "2027-05-01" });
        await chat.ClickAsync(end[^1], "Submit", new() { [CardIds.Answer] = "2028-04-30" });
        foreach (var answer in new[]
        {
            "yes", support, "25000", "GBP", "one payment", paid, "local", "Patients get answers in their own words", "yes", "patient experts",
            "fair-market-value payment", "A steering group with patients", "quarterly", "drafted", "company website", "yes", "A joint poster",
        })
        {
            await chat.SayAsync(answer);
        }

        return await chat.SayAsync("submit");
    }

    [Fact]
    public async Task GermanPatientOrganisation_ChecklistCitesIfpma_RemindersSayCheckTheLocalCode()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);

        var submitted = await ReviewAsync(chat, "patient_org", "Germany", "grant", "2027-03-15");

        // The assessment, the checklist, then who reviews it (no reviewers configured on this host).
        Assert.Equal(4, submitted.Count);
        Assert.Contains("waits for compliance review", Text(submitted[3]), StringComparison.Ordinal);
        var checklist = Text(submitted[2]);
        Assert.Contains("Article 11.3; checked 2 Dec 2026", checklist, StringComparison.Ordinal);
        Assert.DoesNotContain("Clauses 29.1", checklist, StringComparison.Ordinal);
        // The deadlines name obligations, whose titles are escaped like any user text; read them as Teams shows them.
        var reminders = Markdown.Unescape(Shown((await chat.SayAsync("reminders")).Single()));
        Assert.Contains("no fixed date: DE: disclosure deadline not confirmed; check the local code", reminders, StringComparison.Ordinal);
        Assert.Contains("FSA-Kodex Patientenorganisationen", reminders, StringComparison.Ordinal);
        Assert.DoesNotContain("30 Jun 2028", reminders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UkScientificSociety_DisclosureUkSubmissionAndPublication()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);

        var submitted = await ReviewAsync(chat, "hcp_society", "UK", "sponsorship", "2027-09-10");

        Assert.Contains("through the central platform (Disclosure UK), not the company website", Text(submitted[2]), StringComparison.Ordinal);
        // The deadlines name obligations, whose titles are escaped like any user text; read them as Teams shows them.
        var reminders = Markdown.Unescape(Shown((await chat.SayAsync("reminders")).Single()));
        Assert.Contains("31 Mar 2028: GB: 2027 data submitted to the ABPI for Disclosure UK (ABPI Clause 28)", reminders, StringComparison.Ordinal);
        Assert.Contains("30 Jun 2028: GB: 2027 transfers of value public on Disclosure UK (ABPI Clause 31)", reminders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_QuarterlyReviews_CardGroupedByCollaborationWithTheReviewsOnOneLine()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);
        await ReviewAsync(chat, "patient_org", "UK", "grant", "2027-03-15");

        var activity = (await chat.SayAsync("reminders")).Single();
        var card = activity["attachments"]![0]!["content"]!;
        Assert.Equal("Your upcoming transparency deadlines", (string?)activity["summary"]);
        var section = Assert.Single(card["body"]!.AsArray(), b => (string?)b!["type"] == "Container");
        var texts = section!["items"]!.AsArray().Select(b => (string?)b!["text"]).ToList();
        Assert.Equal("Scenario", texts[0]);
        var lines = texts[1]!.Split('\n');
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. Joint review with the partner: every 3 months from 1 Aug 2027, next 1 Aug 2027 \(also \d+, \d+\)( · next reminder [^\n]+)?$"));
        Assert.Single(lines, l => l.Contains("Joint review", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1. 8 Mar 2027: Written agreement signed before the support is paid or given", StringComparison.Ordinal));
        // The reminder's state stays on its item's line: an indented line under a list item runs into it in Teams.
        Assert.True(lines.Any(l => l.Contains(" · next reminder ", StringComparison.Ordinal) && l.EndsWith(":00 Europe/London", StringComparison.Ordinal)), texts[1]);
        Assert.All(lines, l => Assert.False(l.StartsWith(' '), l));
    }
}
