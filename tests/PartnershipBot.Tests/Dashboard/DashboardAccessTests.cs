using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dashboard;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>How the dashboard is reached: off in Production without sign-in, loopback-only locally, Entra ID otherwise.</summary>
public sealed class DashboardAccessTests
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/signin")]
    [InlineData("/dashboard/calendar")]
    [InlineData("/dashboard/export/disclosures.csv")]
    public async Task Production_WithoutEntraSettings_Answers404AndTheStartupReportSaysOff(string path)
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = production.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        var line = Assert.Single(factory.Logs.Lines, l => l.EventId == 8001).Message;
        Assert.Contains("Dashboard: off", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalSignIn_FromAnotherMachine_IsRefused()
    {
        // The in-process test server has no loopback client address: to the dashboard it is someone else.
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/dashboard/signin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.EventId == 8001 && l.Message.Contains("local development sign-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entra_NotSignedIn_GoesToTheSignInPageThenToEntraWithPkce()
    {
        using var factory = EntraFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var page = await client.GetAsync("/dashboard/calendar");
        var signIn = await client.GetStringAsync("/dashboard/signin?ReturnUrl=%2Fdashboard%2Fcalendar");
        using var challenge = await client.GetAsync("/dashboard/signin/entra?returnUrl=%2Fdashboard%2Fcalendar");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/dashboard/signin", page.Headers.Location!.AbsolutePath);
        Assert.Contains("Sign in with Microsoft", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("Local development sign-in", signIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!.ToString();
        Assert.StartsWith(EntraTenant.AuthorizeEndpoint + "?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=" + EntraTenant.ClientId, location, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fdashboard%2Fsignin-oidc", location, StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.EventId == 8001 && l.Message.Contains("Entra ID sign-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entra_InsideTeams_OpensSignInInANewWindowAndAllowsTeamsToFrame()
    {
        using var factory = EntraFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/dashboard/signin?ReturnUrl=%2Fdashboard%3Fteams%3D1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("target=\"_blank\"", html, StringComparison.Ordinal);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("https://*.teams.microsoft.com", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' https://login.microsoftonline.com", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysPath_Set_KeepsTheCookieProtectionKeysThereForOtherInstances()
    {
        using var keys = new TempDatabase();
        using var factory = EntraFactory(new Dictionary<string, string?> { ["Dashboard:KeysPath"] = keys.Folder });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // The challenge protects its state with a key: the first use creates it in the shared folder.
        using var challenge = await client.GetAsync("/dashboard/signin/entra");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.NotEmpty(Directory.GetFiles(keys.Folder, "key-*.xml"));
    }

    [Fact]
    public async Task LocalSignInCookie_PresentedToAnEntraDeploymentSharingTheKeys_IsNoSignIn()
    {
        using var keys = new TempDatabase();
        var site = new DashboardSite();
        site.Settings["Dashboard:KeysPath"] = keys.Folder;
        await site.InitializeAsync();
        try
        {
            // A developer signs in locally as a compliance reader, with the key folder the deployment also uses.
            var jar = new CookieContainer();
            using var local = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };
            var token = await DashboardSite.TokenAsync(local, "/dashboard/signin");
            using var signedIn = await local.PostAsync("/dashboard/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["DisplayName"] = "Mallory", ["Role"] = "compliance", ["ReturnUrl"] = "/dashboard",
            }));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var cookie = Assert.Single(jar.GetCookies(new Uri(site.BaseAddress, "/dashboard")), c => !c.Name.EndsWith("_af", StringComparison.Ordinal));

            using var entra = EntraFactory(new Dictionary<string, string?> { ["Dashboard:KeysPath"] = keys.Folder });
            using var client = entra.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
            foreach (var path in new[] { "/dashboard", "/dashboard/export/audit.csv" })
            {
                // Under its own name and under the Entra cookie's name: neither is a sign-in there.
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}; pb_dashboard={cookie.Value}");
                using var response = await client.SendAsync(request);

                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/dashboard/signin", response.Headers.Location!.AbsolutePath);
            }
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task Entra_ChallengeWithForeignReturnUrl_StaysOnTheDashboard()
    {
        using var factory = EntraFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var challenge = await client.GetAsync("/dashboard/signin/entra?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.DoesNotContain("evil.example", challenge.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private const string AuditorOid = "3c1d0000-aaaa-4bbb-8ccc-000000000003";
    private const string OlgaOid = "0f9a0000-aaaa-4bbb-8ccc-0000000000a1";
    private const string OtherTenant = "0b0b0b0b-1111-2222-3333-444455556666";

    [Fact]
    public async Task Viewer_FromEntraClaims_RoleGroupOrListMakesComplianceAndTeamsAddressesMakeOwnership()
    {
        using var factory = EntraFactory(new Dictionary<string, string?>
        {
            ["Dashboard:ComplianceGroups:0"] = "group-compliance",
            ["Dashboard:ComplianceUsers:0"] = AuditorOid,
            [$"Dashboard:OwnerAccounts:{OlgaOid}"] = "slack:T0001:U0002",
        });
        using var _ = factory.CreateClient();
        await factory.Services.GetRequiredService<IConversationAddressStore>().UpsertAsync(new ConversationAddress
        {
            Channel = "msteams", UserId = "29:1olga", ConversationId = "a:1olga", AadObjectId = OlgaOid, TenantId = EntraTenant.TenantId, UpdatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        var access = factory.Services.GetRequiredService<DashboardAccess>();

        var byRole = await access.ViewerAsync(Principal(("oid", "oid-1"), ("tid", EntraTenant.TenantId), ("roles", "Compliance.Read")), CancellationToken.None);
        var byGroup = await access.ViewerAsync(Principal(("oid", "oid-2"), ("tid", EntraTenant.TenantId), ("groups", "group-compliance")), CancellationToken.None);
        var byList = await access.ViewerAsync(Principal(("oid", AuditorOid), ("tid", EntraTenant.TenantId)), CancellationToken.None);
        var owner = await access.ViewerAsync(Principal(("oid", OlgaOid), ("tid", EntraTenant.TenantId), ("preferred_username", "olga@contoso.example"), ("roles", "Something.Else")), CancellationToken.None);
        var anonymous = await access.ViewerAsync(new ClaimsPrincipal(new ClaimsIdentity()), CancellationToken.None);

        Assert.True(byRole!.IsCompliance);
        Assert.True(byGroup!.IsCompliance);
        Assert.True(byList!.IsCompliance);
        Assert.False(owner!.IsCompliance);
        Assert.Equal(["msteams:29:1olga", "slack:T0001:U0002"], owner.Accounts.Select(a => a.ToString()).Order(StringComparer.Ordinal));
        Assert.Null(anonymous);
    }

    [Fact]
    public async Task Viewer_ListedOnlyBySignInName_IsNeitherComplianceNorOwnerAndTheStartupSaysSo()
    {
        // preferred_username is mutable (Microsoft says so): someone renamed to auditor@ must not inherit the list entry.
        using var factory = EntraFactory(new Dictionary<string, string?>
        {
            ["Dashboard:ComplianceUsers:0"] = "auditor@contoso.example",
            ["Dashboard:OwnerAccounts:olga@contoso.example"] = "slack:T0001:U0002",
        });
        using var _ = factory.CreateClient();
        var access = factory.Services.GetRequiredService<DashboardAccess>();

        var auditor = await access.ViewerAsync(Principal(("oid", AuditorOid), ("tid", EntraTenant.TenantId), ("preferred_username", "auditor@contoso.example")), CancellationToken.None);
        var olga = await access.ViewerAsync(Principal(("oid", OlgaOid), ("tid", EntraTenant.TenantId), ("preferred_username", "olga@contoso.example")), CancellationToken.None);

        Assert.False(auditor!.IsCompliance);
        Assert.Empty(olga!.Accounts);
        var warning = Assert.Single(factory.Logs.Lines, l => l.EventId == 8005).Message;
        Assert.Contains("Dashboard:ComplianceUsers", warning, StringComparison.Ordinal);
        Assert.Contains("Dashboard:OwnerAccounts", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso.example", factory.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_ListedObjectIdSignedInFromAnotherTenant_IsNeitherComplianceNorOwner()
    {
        using var factory = EntraFactory(new Dictionary<string, string?>
        {
            ["Dashboard:ComplianceUsers:0"] = AuditorOid,
            [$"Dashboard:OwnerAccounts:{OlgaOid}"] = "slack:T0001:U0002",
        });
        using var _ = factory.CreateClient();
        await factory.Services.GetRequiredService<IConversationAddressStore>().UpsertAsync(new ConversationAddress
        {
            Channel = "msteams", UserId = "29:1olga", ConversationId = "a:1olga", AadObjectId = OlgaOid, TenantId = OtherTenant, UpdatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        var access = factory.Services.GetRequiredService<DashboardAccess>();

        var auditor = await access.ViewerAsync(Principal(("oid", AuditorOid), ("tid", OtherTenant)), CancellationToken.None);
        var noTenant = await access.ViewerAsync(Principal(("oid", AuditorOid)), CancellationToken.None);
        var olga = await access.ViewerAsync(Principal(("oid", OlgaOid), ("tid", EntraTenant.TenantId)), CancellationToken.None);

        Assert.False(auditor!.IsCompliance);
        Assert.False(noTenant!.IsCompliance);
        // The Teams address with her object id belongs to another tenant's user: only the configured link counts.
        Assert.Equal(["slack:T0001:U0002"], olga!.Accounts.Select(a => a.ToString()));
    }

    [Fact]
    public async Task Collaborations_MoreRowsThanAPage_ArePagedWithLinks()
    {
        var site = new DashboardSite();
        site.Settings["Dashboard:PageSize"] = "3";
        await site.InitializeAsync();
        try
        {
            using var client = await site.SignInAsync("Chris Compliance", "compliance");

            var first = await client.GetStringAsync("/dashboard?sort=title");
            var second = await client.GetStringAsync("/dashboard?sort=title&p=2");
            var beyond = await client.GetStringAsync("/dashboard?sort=title&p=99");

            Assert.Contains("4 collaborations, page 1 of 2", first, StringComparison.Ordinal);
            Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
            Assert.Contains(">" + DashboardSeed.Asthma + "<", first, StringComparison.Ordinal);
            Assert.DoesNotContain(">" + DashboardSeed.Registry + "<", first, StringComparison.Ordinal);
            Assert.Contains(">" + DashboardSeed.Registry + "<", second, StringComparison.Ordinal);
            Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
            Assert.Contains("page 2 of 2", beyond, StringComparison.Ordinal);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test", "name", "roles"));

    private static BotFactory EntraFactory(Dictionary<string, string?>? more = null) => EntraTenant.Host(more);
}
