using Microsoft.Playwright;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>
/// A person in a real browser (Debian's Chromium, driven by Playwright; nothing downloaded) against the bot on a
/// loopback port: sign in, filter, open a collaboration, read the calendar, download the CSV. Screenshots are kept
/// under TestResults/dashboard.
/// </summary>
[Collection(DashboardSiteCollection.Name)]
public sealed class DashboardBrowserTests(DashboardSite site)
{
    [Fact]
    public async Task Browser_ComplianceUser_SignsInFiltersOpensACollaborationReadsTheCalendarAndDownloadsTheCsv()
    {
        await using var browser = await DashboardBrowser.OpenAsync(site.BaseAddress);
        var (page, problems, artifacts) = (browser.Page, browser.Problems, browser.Artifacts);

        // Nothing without sign-in: the dashboard sends the browser to the sign-in page.
        await page.GotoAsync("/dashboard");
        Assert.Contains("/dashboard/signin", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSeed.Asthma, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Your name").FillAsync("Chris Compliance");
        await page.GetByLabel("Compliance (sees every collaboration)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in locally" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        Assert.Equal(4, await page.Locator("tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "collaborations.png") });

        await page.GetByLabel("Readiness").SelectOptionAsync("NeedsAttention");
        await page.GetByLabel("Overdue only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**readiness=NeedsAttention**");
        var rows = page.Locator("tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("overdue", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "filtered.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = DashboardSeed.Asthma }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/collaborations/**");
        Assert.Matches(@"1 of \d+ items done", await page.Locator("#checklist-progress").InnerTextAsync());
        Assert.Equal("1", await page.Locator("#checklist-progress progress").GetAttributeAsync("value"));
        Assert.Contains("dana", await page.Locator("#checklist").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("checklist.done", await page.Locator("#audit").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "collaboration.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "Disclosure calendar" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/calendar");
        var chart = page.Locator("#chart-months");
        Assert.True(await chart.IsVisibleAsync());
        Assert.True((await chart.BoundingBoxAsync())!.Height > 100);
        Assert.True(await page.Locator("#chart-readiness").IsVisibleAsync());

        // The bars take their colour from dashboard.css: proof that the stylesheet loaded under the CSP.
        var overdueFill = await page.Locator("#chart-months rect.bar-overdue").EvaluateAsync<string>("r => getComputedStyle(r).fill");
        Assert.Equal("rgb(164, 38, 44)", overdueFill);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "calendar.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "Exports" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/exports");
        await page.GetByLabel("Year of support").SelectOptionAsync(DashboardSeed.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-disclosures-csv").ClickAsync());
        Assert.Equal($"disclosures-{DashboardSeed.LastYear}.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Breathe Easy UK,GB,Patient organisation,Grant,25000,GBP", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);

        // A phone: the filters stack and the table scrolls inside its own region.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/dashboard");
        Assert.True(await page.Locator("#q").IsVisibleAsync());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width}px wide on a 390px phone.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "phone.png") });

        Assert.Empty(problems);
    }
}
