using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Documents;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Dashboard.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>The document downloads: the agreement draft for its owner or compliance, the evidence pack and the year's publication for compliance only.</summary>
[Collection(DashboardSiteCollection.Name)]
public sealed class DashboardDocumentTests(DashboardSite site)
{
    private async Task<Guid> IdOfAsync(string title)
    {
        await using var db = await site.Database.CreateContextAsync();
        return await db.Collaborations.Where(c => c.Title == title).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task AgreementDraft_ForItsOwner_DownloadsAndSomeoneElsesIsNotFound()
    {
        using var dana = await site.SignInAsync("Dana Owner", "owner", "console:dana");
        var asthma = await IdOfAsync(DashboardSeed.Asthma);

        using var own = await dana.GetAsync($"/dashboard/collaborations/{asthma}/agreement.docx");
        using var others = await dana.GetAsync($"/dashboard/collaborations/{await IdOfAsync(DashboardSeed.Registry)}/agreement.docx");
        var page = await dana.GetStringAsync($"/dashboard/collaborations/{asthma}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(AgreementDocx.ContentType, own.Content.Headers.ContentType!.MediaType);
        Assert.Equal("agreement-draft-asthma-school-toolkit.docx", own.Content.Headers.ContentDisposition!.FileName);
        Assert.Contains("Children with asthma miss fewer school days", DocxText.Extract(await own.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Contains("id=\"download-agreement\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"download-evidence\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidencePack_ForAnOwner_IsRefused_ForCompliance_DownloadsAndIsAudited()
    {
        using var dana = await site.SignInAsync("Dana Owner", "owner", "console:dana");
        using var chris = await site.SignInAsync("Chris Compliance", "compliance");
        var clinic = await IdOfAsync(DashboardSeed.Clinic);

        using var refused = await dana.GetAsync($"/dashboard/collaborations/{clinic}/evidence.zip");
        using var pack = await chris.GetAsync($"/dashboard/collaborations/{clinic}/evidence.zip");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        using var zip = new ZipArchive(await pack.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
        Assert.Contains(zip.Entries, e => e.FullName == "reminders.csv");
        await using var db = await site.Database.CreateContextAsync();
        Assert.Contains(await db.AuditEvents.Where(e => e.CollaborationId == clinic).ToListAsync(),
            e => e.Action == EvidencePack.AuditAction && e.Actor == "dashboard:Chris Compliance");
    }

    [Fact]
    public async Task Publication_IsForComplianceOnly_AndListsLastYearsUkSupport()
    {
        using var dana = await site.SignInAsync("Dana Owner", "owner", "console:dana");
        using var chris = await site.SignInAsync("Chris Compliance", "compliance");
        var path = $"/dashboard/export/publication.html?year={DashboardSeed.LastYear}&country=GB";

        using var refused = await dana.GetAsync(path);
        using var html = await chris.GetAsync(path);
        using var bad = await chris.GetAsync($"/dashboard/export/publication.csv?year={DashboardSeed.LastYear}&country=<x>");
        using var xlsx = await chris.GetAsync($"/dashboard/export/publication.xlsx?year={DashboardSeed.LastYear}&country=gb");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("<td>Breathe Easy UK</td>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal($"disclosure-{DashboardSeed.LastYear}-GB.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);

        // Page texts come from Dashboard.resx through Razor, which writes the apostrophe as &#x27;.
        Assert.Contains("Year's disclosure publication", WebUtility.HtmlDecode(await chris.GetStringAsync("/dashboard/exports")), StringComparison.Ordinal);
        Assert.DoesNotContain("Year's disclosure publication", WebUtility.HtmlDecode(await dana.GetStringAsync("/dashboard/exports")), StringComparison.Ordinal);
    }
}
