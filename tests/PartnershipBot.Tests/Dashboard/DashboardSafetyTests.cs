using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>
/// The safety reports page on the real host: compliance sees each report with its text (encoded) and its time to
/// delivery, marks it received through an anti-forgery-checked form, and downloads the list; owners see nothing.
/// </summary>
public sealed partial class DashboardSafetyTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    private const string SideEffect = "A member said the tablets gave her a rash <script>alert(1)</script>";

    [Fact]
    public async Task Compliance_SeesTheReport_MarksItReceived_AndExportsIt()
    {
        var reference = await ReportAsync();
        using var compliance = await site.SignInAsync("Chris Compliance", "compliance");

        var page = await compliance.GetStringAsync("/dashboard/safety");
        Assert.Contains(reference, page, StringComparison.Ordinal);
        Assert.Contains("A member said the tablets gave her a rash &lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("not yet", page, StringComparison.Ordinal);

        using var withoutToken = await compliance.PostAsync("/dashboard/safety?handler=Received", new FormUrlEncodedContent(new Dictionary<string, string> { ["reference"] = reference }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var token = await DashboardSite.TokenAsync(compliance, "/dashboard/safety");
        using var marked = await compliance.PostAsync("/dashboard/safety?handler=Received", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reference"] = reference }));
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = await compliance.GetStringAsync(marked.Headers.Location!.OriginalString);
        Assert.Contains($"{reference} is marked received.", after, StringComparison.Ordinal);
        Assert.Matches(Row(reference, "Chris Compliance"), after);

        using var again = await compliance.PostAsync("/dashboard/safety?handler=Received", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reference"] = reference }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var csv = await compliance.GetStringAsync("/dashboard/export/safety.csv");
        Assert.Contains(reference, csv, StringComparison.Ordinal);
        Assert.Contains("A member said the tablets gave her a rash <script>alert(1)</script>", csv, StringComparison.Ordinal);
        Assert.Contains("Chris Compliance", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_IsRefusedThePageAndTheExport()
    {
        var reference = await ReportAsync();
        using var owner = await site.SignInAsync("Erin", "owner", "console:alice");

        using var page = await owner.GetAsync("/dashboard/safety");
        using var export = await owner.GetAsync("/dashboard/export/safety.csv");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.DoesNotContain(reference, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Safety reports</a>", await owner.GetStringAsync("/dashboard"), StringComparison.Ordinal);
    }

    private async Task<string> ReportAsync()
    {
        var replies = await site.Factory.Services.GetRequiredService<ITurnProcessor>()
            .ProcessAsync(TestTurns.Message(SideEffect, user: $"u{Guid.NewGuid():N}"[..10], displayName: "Alice"), new RecordingSender(), CancellationToken.None);
        var notice = Assert.IsType<PartnershipBot.Dialogs.TextReply>(replies[0]).Text;
        return Reference().Match(notice).Value;
    }

    private static Regex Row(string reference, string by) => new($"id=\"report-{reference}\"[\\s\\S]*?{by}, ", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("PV-[0-9]{8}-[2-9A-Z]{6}")]
    private static partial Regex Reference();
}
