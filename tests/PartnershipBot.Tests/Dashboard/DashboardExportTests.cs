using System.Net;
using MiniExcelLibs;
using PartnershipBot.Tests.Dashboard.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>Downloads: the disclosure list, checklist status and audit trail as CSV and .xlsx, with formula injection neutralised.</summary>
[Collection(DashboardSiteCollection.Name)]
public sealed class DashboardExportTests(DashboardSite site)
{
    [Fact]
    public async Task DisclosuresCsv_LastYear_ListsBothSupportedOrganisationsWithTheCodeFields()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        using var response = await client.GetAsync($"/dashboard/export/disclosures.csv?year={DashboardSeed.LastYear}");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"disclosures-{DashboardSeed.LastYear}.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("Organisation,Country,Partner type,Support type,Amount,Currency,Description,Start,End,Disclosure due,Clause,Owner,Status", lines[0]);
        Assert.Equal(3, lines.Length);
        var asthma = Assert.Single(lines, l => l.StartsWith("Breathe Easy UK,", StringComparison.Ordinal));
        Assert.Equal(
            $"Breathe Easy UK,GB,Patient organisation,Grant,25000,GBP,Asthma school toolkit: Children with asthma miss fewer school days,{DashboardSeed.LastYear}-03-01,{DashboardSeed.LastYear}-12-31,{DashboardSeed.Today.Year}-06-30,ABPI Code of Practice for the Pharmaceutical Industry: Clauses 29.1 and 31,dana,open",
            asthma);
        // Norway's rule is dated since issue 29: LMI 27.9 applies 26.2, publication in the window 20-30 June.
        Assert.Contains(lines, l => l.Contains(",NO,Patient advocacy group,Grant,5000,EUR,", StringComparison.Ordinal)
            && l.Contains($",{DashboardSeed.Today.Year}-06-30,", StringComparison.Ordinal) && l.Contains("27.9, applying 26.2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisclosuresCsv_CellStartingWithEquals_IsNeutralised()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var csv = await client.GetStringAsync($"/dashboard/export/disclosures.csv?year={DashboardSeed.LastYear}");

        // The partner's name begins with "=", so it is written as text: an apostrophe first, quoted for its quotes.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",NO,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisclosuresXlsx_LastYear_HasTheSameRowsWithNeutralisedTextAndNumericAmounts()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        using var response = await client.GetAsync($"/dashboard/export/disclosures.xlsx?year={DashboardSeed.LastYear}");
        using var sheet = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(2, rows.Count);
        var clinic = Assert.Single(rows, r => (string?)r["Country"] == "NO");
        Assert.Equal("'" + DashboardSeed.FormulaPartner, clinic["Organisation"]);
        Assert.Equal(5000d, Convert.ToDouble(clinic["Amount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("EUR", clinic["Currency"]);
        var asthma = Assert.Single(rows, r => (string?)r["Country"] == "GB");
        Assert.Equal("Breathe Easy UK", asthma["Organisation"]);
        Assert.Equal("ABPI Code of Practice for the Pharmaceutical Industry: Clauses 29.1 and 31", asthma["Clause"]);
    }

    [Fact]
    public async Task DisclosuresCsv_Owner_ListsOnlyTheirOwn()
    {
        using var client = await site.SignInAsync("Erin", "owner", "console:erin");

        var csv = await client.GetStringAsync($"/dashboard/export/disclosures.csv?year={DashboardSeed.LastYear}");

        Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("/dashboard/export/disclosures.csv?year=1066")]
    [InlineData("/dashboard/export/disclosures.csv?year=soon")]
    [InlineData("/dashboard/export/audit.csv?from=yesterday")]
    [InlineData("/dashboard/export/audit.csv?from=2026-05-01&to=2026-04-01")]
    public async Task Export_BadParameters_Returns400(string path)
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Export_UnknownFormat_Returns404()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/export/checklist.pdf")).StatusCode);
    }

    [Fact]
    public async Task ChecklistCsv_ShowsWhoTickedWhat()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var lines = (await client.GetStringAsync("/dashboard/export/checklist.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Collaboration,Owner,Item,Due,Done,Done by,Done by (id),Done at (UTC),Source", lines[0]);
        var ticked = Assert.Single(lines, l => l.Contains(",yes,dana,", StringComparison.Ordinal));
        Assert.StartsWith("Asthma school toolkit,dana,", ticked, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Rare disease registry,erin,", StringComparison.Ordinal) && l.Contains(",no,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChecklistXlsx_OpensWithOneRowPerItem()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var csvRows = (await client.GetStringAsync("/dashboard/export/checklist.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

        using var sheet = new MemoryStream(await client.GetByteArrayAsync("/dashboard/export/checklist.xlsx"));
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(csvRows, rows.Count);
        Assert.Contains(rows, r => (string?)r["Done by"] == "dana" && (string?)r["Done"] == "yes");
    }

    [Fact]
    public async Task AuditCsv_DateRange_IncludesTodayAndExcludesLaterDays()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var today = DashboardSeed.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The seed's reminder sweep ran about a week ahead; nothing happened after that.
        var tomorrow = DashboardSeed.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var todays = (await client.GetStringAsync($"/dashboard/export/audit.csv?from={today}&to={today}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var later = (await client.GetStringAsync($"/dashboard/export/audit.csv?from={tomorrow}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("At (UTC),Collaboration,Who,Who (id),Channel,Action,Detail", todays[0]);
        Assert.Contains(todays, l => l.Contains(",Asthma school toolkit,dana,console:dana,console,checklist.done,", StringComparison.Ordinal));
        Assert.Contains(todays, l => l.Contains(",Rare disease registry,erin,console:erin,console,submitted,", StringComparison.Ordinal));
        Assert.Contains(todays, l => l.Contains(",obligation.created,", StringComparison.Ordinal));
        Assert.DoesNotContain(todays, l => l.Contains(",obligation.reminder.sent,", StringComparison.Ordinal));
        Assert.Single(later);
    }

    [Fact]
    public async Task AuditXlsx_Owner_HoldsOnlyTheirEvents()
    {
        using var client = await site.SignInAsync("Erin", "owner", "console:erin");

        using var sheet = new MemoryStream(await client.GetByteArrayAsync("/dashboard/export/audit.xlsx"));
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("erin", r["Who"]));
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tlead", "'\tlead")]
    [InlineData("\rlead", "'\rlead")]
    [InlineData("Plain text = fine", "Plain text = fine")]
    [InlineData("", "")]
    public void Neutralise_FormulaStarts_GetAnApostrophe(string text, string expected) =>
        Assert.Equal(expected, PartnershipBot.Dashboard.DashboardExports.Neutralise(text));
}
