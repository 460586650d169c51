using Microsoft.Playwright;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>
/// A reviewer in a real browser (Debian's Chromium, driven by Playwright) against the bot on a loopback port: sign
/// in as a configured reviewer, open the review queue from the navigation, open the longest-waiting collaboration
/// that is not their own and find the decision forms and the history. Decides nothing, so the other review tests
/// keep their collaborations. Screenshots are kept under TestResults/dashboard.
/// </summary>
[Collection(ReviewSiteCollection.Name)]
public sealed class DashboardReviewBrowserTests(ReviewSite reviews)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    [Fact]
    public async Task Browser_Reviewer_OpensTheQueueAndACollaborationWithItsDecisionForms()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}; ./test.sh installs it with apt-get (package chromium).");
        var artifacts = Directory.CreateDirectory(Fixtures.RepoFile("TestResults", "dashboard")).FullName;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new() { BaseURL = reviews.Site.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 860 } });
        var page = await context.NewPageAsync();

        // Other tests build and run beside this one on two cores: a page can take a while.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync("/dashboard/signin");
        await page.GetByLabel("Your name").FillAsync("Ada Reviewer");
        await page.GetByLabel("Compliance (sees every collaboration)").CheckAsync();
        await page.GetByLabel("Entra object id (optional)").FillAsync(ReviewSeed.AdaOid);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in locally" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/reviews");
        var rows = page.Locator("#queue tbody tr");
        await rows.First.WaitForAsync();
        Assert.True(await rows.CountAsync() >= 2);
        var erins = rows.Filter(new() { HasText = ReviewSeed.Erins });
        Assert.Contains("Ada Reviewer (Compliance reviewer)", await erins.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("working day", await erins.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "review-queue.png") });

        await erins.GetByRole(AriaRole.Link, new() { Name = ReviewSeed.Erins }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/collaborations/**");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).IsVisibleAsync());
        Assert.True(await page.GetByLabel("What should change (required)").IsVisibleAsync());
        Assert.Contains("Awaiting review", await page.Locator("#review-history").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "review-forms.png"), FullPage = true });

        // The required comment is the browser's first check (the server checks again): an empty Reject is not sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        Assert.False(await page.Locator("#reject-comment").EvaluateAsync<bool>("e => e.checkValidity()"));
        Assert.Contains("/dashboard/collaborations/", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("review=", page.Url, StringComparison.Ordinal);

        Assert.Empty(problems);
    }
}
