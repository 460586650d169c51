using System.Net;
using PartnershipBot.Tests.Dashboard.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>The dashboard pages on the real host and a chat-seeded database: who sees what, filters, paging, detail.</summary>
[Collection(DashboardSiteCollection.Name)]
public sealed class DashboardPageTests(DashboardSite site)
{
    private static readonly string[] AllTitles = [DashboardSeed.Asthma, DashboardSeed.Clinic, DashboardSeed.Registry, DashboardSeed.DraftTitle];

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/calendar")]
    [InlineData("/dashboard/exports")]
    [InlineData("/dashboard/export/disclosures.csv")]
    [InlineData("/dashboard/export/checklist.xlsx")]
    [InlineData("/dashboard/export/audit.csv")]
    public async Task Get_NotSignedIn_RedirectsToSignInAndShowsNoData(string path)
    {
        using var client = site.Anonymous();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dashboard/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(AllTitles, t => body.Contains(t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collaboration_NotSignedIn_RedirectsWithoutTellingWhetherItExists()
    {
        using var compliance = await site.SignInAsync("Chris Compliance", "compliance");
        var id = await IdOfAsync(compliance, DashboardSeed.Asthma);
        using var anonymous = site.Anonymous();

        using var response = await anonymous.GetAsync($"/dashboard/collaborations/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Breathe Easy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "abc123.devtunnels.example")]
    [InlineData("Host", "abc123.tunnel.example")]
    public async Task LocalSignIn_ThroughATunnelOnThisMachine_IsRefused(string header, string value)
    {
        using var client = site.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/signin");
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_Returns400AndSetsNoSession()
    {
        using var client = site.Anonymous();
        await client.GetStringAsync("/dashboard/signin");

        using var response = await client.PostAsync("/dashboard/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = "Mallory",
            ["Role"] = "compliance",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task SignOut_PostWithoutAntiforgeryToken_Returns400AndKeepsTheSession()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        using var response = await client.PostAsync("/dashboard/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithToken_EndsTheSession()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var token = await DashboardSite.TokenAsync(client, "/dashboard");

        using var response = await client.PostAsync("/dashboard/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task SignIn_OwnerWithoutAccounts_Returns400WithTheReason()
    {
        using var client = site.Anonymous();
        var token = await DashboardSite.TokenAsync(client, "/dashboard/signin");

        using var response = await client.PostAsync("/dashboard/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["DisplayName"] = "Olive", ["Role"] = "owner", ["Accounts"] = "",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("An owner needs at least one chat account.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaborations_Compliance_SeesEveryCollaborationWithOwners()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await client.GetStringAsync("/dashboard");

        Assert.All(AllTitles, t => Assert.Contains(t, html, StringComparison.Ordinal));
        Assert.Contains("4 collaborations", html, StringComparison.Ordinal);
        Assert.Contains("<td>dana</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>erin</td>", html, StringComparison.Ordinal);
        Assert.Contains("Local development sign-in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaborations_Owner_SeesOnlyTheirOwn()
    {
        using var client = await site.SignInAsync("Dana", "owner", "console:dana");

        var html = await client.GetStringAsync("/dashboard");

        Assert.Contains(DashboardSeed.Asthma, html, StringComparison.Ordinal);
        Assert.Contains(DashboardSeed.Clinic, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSeed.Registry, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSeed.DraftTitle, html, StringComparison.Ordinal);
        Assert.Contains("2 collaborations", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaboration_OwnerOpensSomeoneElses_Returns404()
    {
        using var compliance = await site.SignInAsync("Chris Compliance", "compliance");
        var registry = await IdOfAsync(compliance, DashboardSeed.Registry);
        using var dana = await site.SignInAsync("Dana", "owner", "console:dana");

        using var response = await dana.GetAsync($"/dashboard/collaborations/{registry}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Registry Friends", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status=Draft", new[] { DashboardSeed.DraftTitle })]
    [InlineData("status=Submitted&overdue=true", new[] { DashboardSeed.Asthma, DashboardSeed.Clinic })]
    [InlineData("readiness=Gap", new[] { DashboardSeed.Clinic })]
    [InlineData("readiness=Strong", new[] { DashboardSeed.Registry })]
    [InlineData("readiness=NeedsAttention&status=Submitted", new[] { DashboardSeed.Asthma })]
    [InlineData("country=us", new[] { DashboardSeed.Registry })]
    [InlineData("type=advocacy_group", new[] { DashboardSeed.Clinic })]
    [InlineData("owner=erin", new[] { DashboardSeed.Registry, DashboardSeed.DraftTitle })]
    [InlineData("q=breathe", new[] { DashboardSeed.Asthma })]
    [InlineData("q=REGISTRY", new[] { DashboardSeed.Registry })]
    public async Task Collaborations_Filter_ShowsOnlyMatchingRows(string query, string[] expected)
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await client.GetStringAsync("/dashboard?" + query);

        Assert.Equal(expected.Order(StringComparer.Ordinal), AllTitles.Where(t => html.Contains(">" + t + "<", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Collaborations_FilterByYear_UsesTheYearsOfSupport()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await client.GetStringAsync($"/dashboard?year={DashboardSeed.LastYear}");

        Assert.Contains(DashboardSeed.Asthma, html, StringComparison.Ordinal);
        Assert.Contains(DashboardSeed.Clinic, html, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + DashboardSeed.Registry + "<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaborations_SortByTitleDescending_OrdersRows()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await client.GetStringAsync("/dashboard?sort=title&desc=true");

        var positions = new[] { DashboardSeed.Registry, DashboardSeed.DraftTitle, DashboardSeed.Clinic, DashboardSeed.Asthma }
            .Select(t => html.IndexOf(">" + t + "<", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaborations_UnknownReadiness_Returns400NotAnError()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        using var response = await client.GetAsync("/dashboard?readiness=Perfect");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Collaboration_WithANoteFromSlack_ShowsItEncodedUnderNotes()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var id = Guid.ParseExact(await IdOfAsync(client, DashboardSeed.Registry), "N");
        await using (var db = await site.Database.CreateContextAsync())
        {
            db.CollaborationNotes.Add(new PartnershipBot.Partnerships.CollaborationNoteRow
            {
                CollaborationId = id,
                Text = "Registry Friends <script>alert(1)</script> agreed the consent form",
                Source = "a Slack message",
                Author = "Erin",
                At = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var html = await client.GetStringAsync($"/dashboard/collaborations/{id:N}");

        Assert.Contains("<h2 id=\"notes-h\">Notes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Registry Friends &lt;script&gt;alert(1)&lt;/script&gt; agreed the consent form", html, StringComparison.Ordinal);
        Assert.Contains("Erin, from a Slack message", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaboration_Detail_ShowsAnswersAssessmentChecklistObligationsRemindersAndAudit()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var id = await IdOfAsync(client, DashboardSeed.Asthma);

        var html = await client.GetStringAsync($"/dashboard/collaborations/{id}");

        Assert.Contains("Breathe Easy UK", html, StringComparison.Ordinal);
        Assert.Contains("25,000", html, StringComparison.Ordinal);
        Assert.Contains("R1 Serve patients authentically", html, StringComparison.Ordinal);
        Assert.Contains("Future of Advocacy Partnerships Report", html, StringComparison.Ordinal);
        Assert.Matches(@"<progress max=""\d+"" value=""1""", html);
        Assert.Contains("<td>dana</td>", html, StringComparison.Ordinal);
        Assert.Contains("GB: " + DashboardSeed.LastYear + " support published on the company", html, StringComparison.Ordinal);
        Assert.Contains("Written agreement signed before the start", html, StringComparison.Ordinal);
        Assert.Contains("Overdue", html, StringComparison.Ordinal);
        Assert.Contains("<td>checklist.done</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>submitted</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>console</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>obligation.created</td>", html, StringComparison.Ordinal);

        // The seed's sweep delivered the newest overdue reminder of each open obligation to dana's terminal chat.
        Assert.Matches(@"<td>sent</td>\s*<td class=""num"">1</td>", html);
        Assert.Contains(", 1 attempt(s), sent at ", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>bot</td><td>bot</td><td>obligation.reminder.sent</td>", html);
    }

    [Fact]
    public async Task Collaboration_UnknownId_Returns404()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dashboard/collaborations/{Guid.NewGuid():N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/collaborations/not-a-guid")).StatusCode);
    }

    [Fact]
    public async Task Calendar_ShowsOverdueWithOwnersAndBothCharts()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await client.GetStringAsync("/dashboard/calendar");

        Assert.Contains("<svg class=\"chart\" id=\"chart-months\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" id=\"chart-readiness\"", html, StringComparison.Ordinal);
        Assert.Matches(@"<title id=""chart-readiness-title"">", html);
        Assert.Contains("R3: 2 strong, 0 need attention, 1 gap", html, StringComparison.Ordinal);
        var overdue = html[html.IndexOf("id=\"overdue-h\"", StringComparison.Ordinal)..html.IndexOf("id=\"months-h\"", StringComparison.Ordinal)];
        Assert.Contains(DashboardSeed.Asthma, overdue, StringComparison.Ordinal);
        Assert.Contains("<td>dana</td>", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSeed.Registry, overdue, StringComparison.Ordinal);
        Assert.Contains(DashboardSeed.Registry, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_NoScriptAndFramedOnlyByTeams()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        using var response = await client.GetAsync("/dashboard");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com ", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stylesheet_IsServedByTheHost()
    {
        using var client = site.Anonymous();

        using var response = await client.GetAsync("/dashboard/dashboard.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("@media (max-width: 640px)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsConfigure_NotSignedIn_ServesOnlyOurOwnScriptsAndNoData()
    {
        using var client = site.Anonymous();

        using var page = await client.GetAsync("/dashboard/teams/configure");
        var html = await page.Content.ReadAsStringAsync();
        using var teamsJs = await client.GetAsync("/dashboard/teams/MicrosoftTeams.min.js");
        using var config = await client.GetAsync("/dashboard/teams/tab-config.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/dashboard/teams/tab-config.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AllTitles, t => html.Contains(t, StringComparison.Ordinal));
        Assert.Equal("text/javascript", teamsJs.Content.Headers.ContentType!.MediaType);
        Assert.Contains("registerOnSaveHandler", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/dashboard?teams=1", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_AreNeverCached()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        using var response = await client.GetAsync("/dashboard/export/checklist.csv");

        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    internal static async Task<string> IdOfAsync(HttpClient client, string title)
    {
        var html = await client.GetStringAsync("/dashboard?q=" + Uri.EscapeDataString(title));
        var match = System.Text.RegularExpressions.Regex.Match(html, @"/dashboard/collaborations/([0-9a-f]{32})"">" + System.Text.RegularExpressions.Regex.Escape(title) + "<");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException(title + " is not listed.");
    }
}
