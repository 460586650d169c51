using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>
/// The whole Entra ID sign-in on the real OpenID Connect handler: challenge, the browser's return with a code, the
/// code redeemed at the token endpoint (the one boundary played here, with an id_token signed by a local key) and
/// the token's signature, issuer, audience and nonce checked.
/// </summary>
public sealed class DashboardEntraSignInTests : IDisposable
{
    private readonly RSA entraKey = RSA.Create(2048);
    private readonly RSA strangerKey = RSA.Create(2048);
    private readonly TokenEndpoint tokens = new();

    public void Dispose()
    {
        entraKey.Dispose();
        strangerKey.Dispose();
        tokens.Dispose();
    }

    [Fact]
    public async Task SignIn_EntraTokenWithComplianceRole_OpensTheWholePortfolio()
    {
        using var factory = Factory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var callback = await SignInAsync(client, entraKey, ["Compliance.Read"]);
        var page = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/dashboard", callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ada Entra (compliance: all collaborations)", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var redeemed = QueryHelpers.ParseQuery(tokens.LastRequest);
        Assert.Equal("code-from-entra", redeemed["code"].ToString());
        Assert.Equal("authorization_code", redeemed["grant_type"].ToString());
        Assert.False(string.IsNullOrEmpty(redeemed["code_verifier"]));
        Assert.DoesNotContain(EntraTenant.ClientSecret, factory.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_EntraTokenWithoutTheRole_SignsInAsAnOwnerOnly()
    {
        using var factory = Factory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var callback = await SignInAsync(client, entraKey, []);
        var html = await client.GetStringAsync("/dashboard");

        Assert.Contains("Ada Entra (owner: your collaborations)", html, StringComparison.Ordinal);
        Assert.Contains("No chat account is linked to your sign-in yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TokenSignedByAnotherKey_IsRefusedWithoutAnErrorPage()
    {
        using var factory = Factory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var callback = await SignInAsync(client, strangerKey, ["Compliance.Read"]);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/dashboard/signin?failed=1", callback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
        Assert.Contains("did not complete", await client.GetStringAsync("/dashboard/signin?failed=1"), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.EventId == 8004);
    }

    /// <summary>What the browser does: follow the challenge to Entra, come back with a code and the state.</summary>
    private async Task<HttpResponseMessage> SignInAsync(HttpClient client, RSA signingKey, string[] roles)
    {
        using var challenge = await client.GetAsync("/dashboard/signin/entra?returnUrl=%2Fdashboard");
        var authorize = QueryHelpers.ParseQuery(challenge.Headers.Location!.Query);
        tokens.IdToken = IdToken(signingKey, authorize["nonce"]!, roles);
        return await client.PostAsync("/dashboard/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "code-from-entra",
            ["state"] = authorize["state"]!,
        }));
    }

    private static string IdToken(RSA key, string nonce, string[] roles)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["nonce"] = nonce,
            ["oid"] = "0b7c0000-1111-2222-3333-444455556666",
            ["name"] = "Ada Entra",
            ["preferred_username"] = "ada@contoso.example",
            ["tid"] = EntraTenant.TenantId,
        };
        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EntraTenant.Issuer,
            Audience = EntraTenant.ClientId,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("sub", "ada-subject")]),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = "entra-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    private BotFactory Factory() =>
        EntraTenant.Host(signingKey: new RsaSecurityKey(entraKey.ExportParameters(false)) { KeyId = "entra-key" }, tokenEndpoint: tokens);

    /// <summary>Entra's token endpoint: answers a code redemption with the prepared id_token.</summary>
    private sealed class TokenEndpoint : HttpMessageHandler
    {
        public string IdToken { get; set; } = "";

        public string LastRequest { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastRequest = await request.Content!.ReadAsStringAsync(cancellationToken);
            var body = new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = "opaque-access-token", ["id_token"] = IdToken };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
