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
    [Fact]
    public async Task Browser_Reviewer_OpensTheQueueAndACollaborationWithItsDecisionForms()
    {
        await using var browser = await DashboardBrowser.OpenAsync(reviews.Site.BaseAddress);
        var (page, problems, artifacts) = (browser.Page, browser.Problems, browser.Artifacts);

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
