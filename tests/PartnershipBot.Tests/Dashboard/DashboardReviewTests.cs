using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Dashboard.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>
/// Compliance review on the dashboard, on the real host and a chat-submitted database: the queue, the decision
/// history, the approval filter, the decision forms (anti-forgery, reviewer checked on the server, four eyes, stale
/// rounds) and the exports' approval columns. Each deciding test decides its own collaboration.
/// </summary>
[Collection(ReviewSiteCollection.Name)]
public sealed partial class DashboardReviewTests(ReviewSite reviews)
{
    private DashboardSite Site => reviews.Site;

    [Fact]
    public async Task Queue_ListsWhatAwaitsReview_OldestFirst_WithWaitingRoundOwnerCountryTypeReadinessAndReviewers()
    {
        using var compliance = await Site.SignInAsync("Chris Compliance", "compliance");

        var html = await compliance.GetStringAsync("/dashboard/reviews");

        Assert.Contains("href=\"/dashboard/reviews\" aria-current=\"page\"", html, StringComparison.Ordinal);
        var rows = Rows(html, "queue");
        var untouched = Assert.Single(rows, r => r.Contains(ReviewSeed.Untouched, StringComparison.Ordinal));
        var erins = Assert.Single(rows, r => r.Contains(ReviewSeed.Erins, StringComparison.Ordinal));
        var resubmitted = Assert.Single(rows, r => r.Contains(ReviewSeed.Resubmitted, StringComparison.Ordinal));
        Assert.True(rows.IndexOf(untouched) < rows.IndexOf(erins) && rows.IndexOf(erins) < rows.IndexOf(resubmitted), "oldest request first");
        Assert.Matches(@"0 working days", untouched);
        Assert.Contains("<td>dana</td>", untouched, StringComparison.Ordinal);
        Assert.Contains("<td>GB</td>", untouched, StringComparison.Ordinal);
        Assert.Contains("Patient organisation", untouched, StringComparison.Ordinal);
        Assert.Contains("class=\"badge", untouched, StringComparison.Ordinal);
        Assert.Contains("Ada Reviewer (Compliance reviewer), Dana Reviewer (Head of compliance)", erins, StringComparison.Ordinal);
        Assert.DoesNotContain("Fay", html, StringComparison.Ordinal);

        // The resubmitted one waits in its second round; the superseded first is not in the queue twice.
        Assert.Matches(@"<td class=""num"">2</td>", resubmitted);
    }

    [Fact]
    public async Task Queue_IsForCompliance_OwnersGet403AndNoLink()
    {
        using var dana = await Site.SignInAsync("Dana", "owner", "console:dana");

        using var response = await dana.GetAsync("/dashboard/reviews");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("/dashboard/reviews", await dana.GetStringAsync("/dashboard"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_NothingWaiting_SaysSo()
    {
        await using var empty = new DashboardSite(_ => Task.CompletedTask);
        await empty.InitializeAsync();
        using var compliance = await empty.SignInAsync("Chris Compliance", "compliance");

        var html = await compliance.GetStringAsync("/dashboard/reviews");

        Assert.Contains("<p id=\"queue-empty\" role=\"status\">Nothing is waiting for review.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_ApprovesThroughTheForm_TheDecisionIsRecordedShownInTheHistoryAndCertifiesTheAgreement()
    {
        using var ada = await Site.SignInAsync("Ada Reviewer", "compliance", objectId: ReviewSeed.AdaOid);
        var id = await DashboardPageTests.IdOfAsync(ada, ReviewSeed.ToApprove);
        var page = await ada.GetStringAsync($"/dashboard/collaborations/{id}");
        Assert.Contains("id=\"decide-approve\"", page, StringComparison.Ordinal);

        using var response = await PostDecisionAsync(ada, id, 1, "Approve", "Fine to sign");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dashboard/collaborations/{id}?review=Decided#review-h", response.Headers.Location!.OriginalString);
        var after = await ada.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("<p class=\"status-message\" role=\"status\" id=\"review-message\">Recorded: approved by Ada Reviewer.</p>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decide-approve\"", after, StringComparison.Ordinal);
        var history = Assert.Single(Rows(after, "review-history"));
        Assert.Contains("Approved", history, StringComparison.Ordinal);
        Assert.Matches($@"<td>Ada Reviewer\s*<br />\s*<small>dashboard:{ReviewSeed.AdaOid}</small>", history);
        Assert.Contains("<td>Compliance reviewer</td>", history, StringComparison.Ordinal);
        Assert.Contains("<td>Fine to sign</td>", history, StringComparison.Ordinal);
        Assert.Contains("Ada Reviewer (Compliance reviewer)", Table(after, "checklist"), StringComparison.Ordinal);
        Assert.Contains("review.approved", Table(after, "audit"), StringComparison.Ordinal);

        // The filter and the list show it, and it left the queue.
        var approved = await ada.GetStringAsync("/dashboard?approval=approved");
        Assert.Contains(ReviewSeed.ToApprove, approved, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewSeed.Untouched, approved, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewSeed.ToApprove, await ada.GetStringAsync("/dashboard/reviews"), StringComparison.Ordinal);

        // The exports carry the approval columns, in both formats.
        var csv = await ada.GetStringAsync("/dashboard/export/collaborations.csv");
        Assert.Contains("Approval status,Approval round,Decided by,Decided by (id),Decided by role,Decided at (UTC),Decision comment", csv, StringComparison.Ordinal);
        Assert.Matches($@"{ReviewSeed.ToApprove},.*,approved,1,Ada Reviewer,dashboard:{ReviewSeed.AdaOid},Compliance reviewer,\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,Fine to sign", csv);
        using var sheet = new MemoryStream(await ada.GetByteArrayAsync("/dashboard/export/collaborations.xlsx"));
        var row = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Single(r => (string?)r["Collaboration"] == ReviewSeed.ToApprove);
        Assert.Equal(("approved", "Ada Reviewer", "Compliance reviewer", "Fine to sign"), ((string?)row["Approval status"], (string?)row["Decided by"], (string?)row["Decided by role"], (string?)row["Decision comment"]));
        var reviewsCsv = await ada.GetStringAsync("/dashboard/export/reviews.csv");
        Assert.Matches($@"{ReviewSeed.ToApprove},dana,1,.*,approved,Ada Reviewer,dashboard:{ReviewSeed.AdaOid},Compliance reviewer,", reviewsCsv);
    }

    [Fact]
    public async Task Reviewer_RequestsChangesWithoutAComment_IsToldToAddOne_ThenWithOneItIsRecorded()
    {
        using var ada = await Site.SignInAsync("Ada Reviewer", "compliance", objectId: ReviewSeed.AdaOid);
        var id = await DashboardPageTests.IdOfAsync(ada, ReviewSeed.ToChange);

        using var blank = await PostDecisionAsync(ada, id, 1, "RequestChanges", "  ");
        var refused = await ada.GetStringAsync(blank.Headers.Location!.OriginalString);
        Assert.Contains("Please add a comment: requesting changes or rejecting needs one", refused, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Awaiting, (await RoundsAsync(ReviewSeed.ToChange)).Single().Status);

        using var response = await PostDecisionAsync(ada, id, 1, "RequestChanges", "Name the <b>steering group</b> members");

        var after = await ada.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Recorded: requested changes on by Ada Reviewer.", after, StringComparison.Ordinal);
        Assert.Contains("Name the &lt;b&gt;steering group&lt;/b&gt; members", Table(after, "review-history"), StringComparison.Ordinal);
        Assert.Contains(ReviewSeed.ToChange, await ada.GetStringAsync("/dashboard?approval=changes_requested"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_Rejects_TheCollaborationIsClosedWithTheComment()
    {
        using var ada = await Site.SignInAsync("Ada Reviewer", "compliance", objectId: ReviewSeed.AdaOid);
        var id = await DashboardPageTests.IdOfAsync(ada, ReviewSeed.ToReject);

        using var response = await PostDecisionAsync(ada, id, 1, "Reject", "Product promotion, not patient support");

        var after = await ada.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Recorded: rejected by Ada Reviewer.", after, StringComparison.Ordinal);
        Assert.Contains("<dt>Status</dt><dd>Closed</dd>", after, StringComparison.Ordinal);
        Assert.Contains("Product promotion, not patient support", Table(after, "review-history"), StringComparison.Ordinal);
        Assert.Contains(ReviewSeed.ToReject, await ada.GetStringAsync("/dashboard?approval=rejected"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComplianceReaderWhoIsNoReviewer_SeesTheHistoryButNoForms_AndACraftedPostIsRefused()
    {
        using var chris = await Site.SignInAsync("Chris Compliance", "compliance");
        var id = await DashboardPageTests.IdOfAsync(chris, ReviewSeed.Untouched);
        var page = await chris.GetStringAsync($"/dashboard/collaborations/{id}");
        Assert.Contains("id=\"review-history\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decide", page, StringComparison.Ordinal);

        using var response = await PostDecisionAsync(chris, id, 1, "Approve", null);

        Assert.Equal($"/dashboard/collaborations/{id}?review=NotAReviewer#review-h", response.Headers.Location!.OriginalString);
        Assert.Contains("Only a configured compliance reviewer for this collaboration can decide on it. Nothing was recorded.", await chris.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        await AssertNothingDecidedAsync(ReviewSeed.Untouched);
    }

    [Fact]
    public async Task ReviewerOfOtherCountries_IsRefused()
    {
        using var fay = await Site.SignInAsync("Fay France", "compliance", objectId: ReviewSeed.FayOid);
        var id = await DashboardPageTests.IdOfAsync(fay, ReviewSeed.Untouched);
        Assert.DoesNotContain("id=\"decide", await fay.GetStringAsync($"/dashboard/collaborations/{id}"), StringComparison.Ordinal);

        using var response = await PostDecisionAsync(fay, id, 1, "Approve", null);

        Assert.EndsWith("?review=NotAReviewer#review-h", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await AssertNothingDecidedAsync(ReviewSeed.Untouched);
    }

    [Fact]
    public async Task ReviewerWhoCreatedIt_IsRefused_FourEyes()
    {
        // Dana reviews, and her chat account created this one.
        using var dana = await Site.SignInAsync("Dana Reviewer", "compliance", "console:dana", ReviewSeed.DanaOid);
        var id = await DashboardPageTests.IdOfAsync(dana, ReviewSeed.Untouched);
        Assert.DoesNotContain("id=\"decide", await dana.GetStringAsync($"/dashboard/collaborations/{id}"), StringComparison.Ordinal);

        using var response = await PostDecisionAsync(dana, id, 1, "Approve", null);

        Assert.EndsWith("?review=OwnCollaboration#review-h", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("You created or own this collaboration, so another reviewer must decide on it (four eyes). Nothing was recorded.", await dana.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        await AssertNothingDecidedAsync(ReviewSeed.Untouched);

        // Erin's collaboration is not hers: Dana may decide that one.
        var erins = await DashboardPageTests.IdOfAsync(dana, ReviewSeed.Erins);
        Assert.Contains("id=\"decide-approve\"", await dana.GetStringAsync($"/dashboard/collaborations/{erins}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionOnAnEarlierRound_IsRefused_AndTheFormsOfferTheCurrentRound()
    {
        using var ada = await Site.SignInAsync("Ada Reviewer", "compliance", objectId: ReviewSeed.AdaOid);
        var id = await DashboardPageTests.IdOfAsync(ada, ReviewSeed.Resubmitted);
        var page = await ada.GetStringAsync($"/dashboard/collaborations/{id}");
        Assert.Contains("<input type=\"hidden\" name=\"round\" value=\"2\">", page, StringComparison.Ordinal);
        Assert.Contains("Superseded (submitted again)", Table(page, "review-history"), StringComparison.Ordinal);

        using var response = await PostDecisionAsync(ada, id, 1, "Approve", null);

        Assert.EndsWith("?review=StaleRound#review-h", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("the collaboration was changed and submitted again (round 2). Nothing was recorded.", await ada.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var rounds = await RoundsAsync(ReviewSeed.Resubmitted);
        Assert.Equal([ApprovalStatus.Superseded, ApprovalStatus.Awaiting], rounds.Select(r => r.Status));
        Assert.All(rounds, r => Assert.Null(r.DecidedById));
    }

    [Fact]
    public async Task DecisionPost_WithoutAntiforgeryToken_Returns400AndStoresNothing()
    {
        using var ada = await Site.SignInAsync("Ada Reviewer", "compliance", objectId: ReviewSeed.AdaOid);
        var id = await DashboardPageTests.IdOfAsync(ada, ReviewSeed.Untouched);

        using var response = await ada.PostAsync($"/dashboard/collaborations/{id}?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["round"] = "1", ["decision"] = "Approve",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingDecidedAsync(ReviewSeed.Untouched);
    }

    [Theory]
    [InlineData("Certify")]
    [InlineData("")]
    public async Task DecisionPost_UnknownDecision_Returns400AndStoresNothing(string decision)
    {
        using var ada = await Site.SignInAsync("Ada Reviewer", "compliance", objectId: ReviewSeed.AdaOid);
        var id = await DashboardPageTests.IdOfAsync(ada, ReviewSeed.Untouched);

        using var response = await PostDecisionAsync(ada, id, 1, decision, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingDecidedAsync(ReviewSeed.Untouched);
    }

    [Fact]
    public async Task ApprovalFilter_ListsAwaiting_ShowsTheStatus_AndRefusesAnUnknownValue()
    {
        using var compliance = await Site.SignInAsync("Chris Compliance", "compliance");

        var awaiting = await compliance.GetStringAsync("/dashboard?approval=awaiting");
        using var unknown = await compliance.GetAsync("/dashboard?approval=maybe");

        Assert.Contains(ReviewSeed.Untouched, awaiting, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge review-awaiting\">Awaiting review</span> (round 2)", awaiting, StringComparison.Ordinal);
        Assert.Contains("<option value=\"awaiting\" selected=\"selected\">Awaiting review</option>", awaiting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostDecisionAsync(HttpClient client, string id, int round, string decision, string? comment)
    {
        var token = await DashboardSite.TokenAsync(client, $"/dashboard/collaborations/{id}");
        return await client.PostAsync($"/dashboard/collaborations/{id}?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["round"] = round.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = decision,
            ["comment"] = comment ?? "",
        }));
    }

    private async Task<List<ApprovalRoundRow>> RoundsAsync(string title)
    {
        await using var db = await Site.Database.CreateContextAsync();
        var id = (await db.Collaborations.SingleAsync(c => c.Title == title)).Id;
        return await db.ApprovalRounds.Where(r => r.CollaborationId == id).OrderBy(r => r.Round).ToListAsync();
    }

    private async Task AssertNothingDecidedAsync(string title)
    {
        var round = Assert.Single(await RoundsAsync(title));
        Assert.Equal((ApprovalStatus.Awaiting, null, null), (round.Status, round.DecidedById, round.DecidedAt));
        await using var db = await Site.Database.CreateContextAsync();
        var id = (await db.Collaborations.SingleAsync(c => c.Title == title)).Id;
        Assert.DoesNotContain(await db.AuditEvents.Where(e => e.CollaborationId == id).ToListAsync(), e => e.Action.StartsWith("review.", StringComparison.Ordinal) && e.Action != "review.requested");
    }

    private static string Table(string html, string id) =>
        Regex.Match(html, $"<table id=\"{id}\">(.*?)</table>", RegexOptions.Singleline) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No table {id}.");

    private static List<string> Rows(string html, string id) =>
        [.. RowPattern().Matches(Table(html, id).Split("<tbody>")[1]).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
