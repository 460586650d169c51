using System.Net;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// The JWT matrix of the Bot Connector authentication spec, against a locally generated RSA key whose OpenID
/// metadata and JWKS are served by a real Kestrel server on loopback.
/// </summary>
public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;
    private TeamsBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _bot = new TeamsBotFactory(_fake, authenticated: true);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
    }

    public enum Case
    {
        Valid,
        ExpiredWithinSkew,
        Expired,
        NotYetValid,
        WrongIssuer,
        WrongAudience,
        BadSignature,
        UnknownKeyId,
        ServiceUrlMismatch,
        ServiceUrlClaimMissing,
        EndorsementMissing,
        EndorsementForOtherChannel,
        EntraTokenWithoutCaller,
        EntraV2TokenOfOtherApp,
        EntraV1TokenOfOtherApp,
        EntraV2TokenOfOwnApp,
        EntraV1TokenOfOwnApp,
        EntraTokenOfUnknownVersion,
        EntraTokenOfOwnAppServiceUrlMismatch,
        EntraIssuerOfOtherTenant,
        ServiceUrlNotConnectorHost,
        NoHeader,
        NotBearer,
        Garbage,
    }

    [Theory]
    [InlineData(Case.Valid, HttpStatusCode.OK)]
    [InlineData(Case.ExpiredWithinSkew, HttpStatusCode.OK)]
    [InlineData(Case.Expired, HttpStatusCode.Unauthorized)]
    [InlineData(Case.NotYetValid, HttpStatusCode.Unauthorized)]
    [InlineData(Case.WrongIssuer, HttpStatusCode.Unauthorized)]
    [InlineData(Case.WrongAudience, HttpStatusCode.Unauthorized)]
    [InlineData(Case.BadSignature, HttpStatusCode.Unauthorized)]
    [InlineData(Case.UnknownKeyId, HttpStatusCode.Unauthorized)]
    [InlineData(Case.ServiceUrlMismatch, HttpStatusCode.Forbidden)]
    [InlineData(Case.ServiceUrlClaimMissing, HttpStatusCode.Forbidden)]
    [InlineData(Case.EndorsementMissing, HttpStatusCode.Forbidden)]
    [InlineData(Case.EndorsementForOtherChannel, HttpStatusCode.Forbidden)]
    // Any app of the tenant can get an Entra token for our app id: only our own app (or an allowed caller) may post.
    [InlineData(Case.EntraTokenWithoutCaller, HttpStatusCode.Unauthorized)]
    [InlineData(Case.EntraV2TokenOfOtherApp, HttpStatusCode.Unauthorized)]
    [InlineData(Case.EntraV1TokenOfOtherApp, HttpStatusCode.Unauthorized)]
    [InlineData(Case.EntraTokenOfUnknownVersion, HttpStatusCode.Unauthorized)]
    [InlineData(Case.EntraV2TokenOfOwnApp, HttpStatusCode.OK)]
    [InlineData(Case.EntraV1TokenOfOwnApp, HttpStatusCode.OK)]
    [InlineData(Case.EntraTokenOfOwnAppServiceUrlMismatch, HttpStatusCode.Forbidden)]
    [InlineData(Case.EntraIssuerOfOtherTenant, HttpStatusCode.Unauthorized)]
    [InlineData(Case.ServiceUrlNotConnectorHost, HttpStatusCode.Forbidden)]
    [InlineData(Case.NoHeader, HttpStatusCode.Unauthorized)]
    [InlineData(Case.NotBearer, HttpStatusCode.Unauthorized)]
    [InlineData(Case.Garbage, HttpStatusCode.Unauthorized)]
    public async Task Post_TokenCase_ReturnsExactStatus(Case tokenCase, HttpStatusCode expected)
    {
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        if (tokenCase == Case.EndorsementForOtherChannel)
        {
            activity["channelId"] = "webchat";
        }

        if (tokenCase == Case.ServiceUrlNotConnectorHost)
        {
            activity["serviceUrl"] = EvilServiceUrl;
        }

        var response = await SendAsync(activity.ToJsonString(), tokenCase);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("IDX", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Single(_bot.Turns);
        }
        else
        {
            Assert.Empty(_bot.Turns);
            Assert.Empty(_fake.ConnectorRequests);
        }
    }

    [Fact]
    public async Task Post_ValidToken_ReplyCarriesMsalTokenFromTheTokenEndpoint()
    {
        await SendAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Case.Valid);
        await SendAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Case.Valid);

        // Each message gets at least one reply (the first also gets the greeting), all with the bot's token.
        var replies = _fake.ConnectorRequests;
        Assert.True(replies.Count >= 2, $"expected replies to both messages, got {replies.Count}");
        Assert.All(replies, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
        // MSAL's cache served the second call: one client-credentials request for the tenant.
        var tokenRequest = Assert.Single(_fake.Requests, r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.Equal($"/{TeamsBotFactory.TenantId}/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={TeamsBotFactory.AppId}", tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownKeyId_RefetchesTheKeysBeforeRefusing()
    {
        await SendAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Case.Valid);
        var before = _fake.Requests.Count(r => r.Path == FakeBotFramework.KeysPath);

        var response = await SendAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Case.UnknownKeyId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, before);
        Assert.True(_fake.Requests.Count(r => r.Path == FakeBotFramework.KeysPath) >= 2, "the keys were not fetched again");
    }

    [Fact]
    public async Task Post_KeyRolledOverSinceLastFetch_IsAcceptedAfterRefetch()
    {
        await SendAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Case.Valid);
        _fake.Keys.Rotated = true;
        var token = _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl, kid: TestKeys.RotatedKid);

        var response = await _bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _bot.Turns.Count);
    }

    [Fact]
    public async Task Post_UnknownEntraKeysUsedUpTheEntraRefresh_BotFrameworkKeyRolloverIsStillFetched()
    {
        await SendAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Case.Valid);
        // Anyone can send Entra-issued tokens with made-up key ids: they use up the Entra metadata's refresh slot.
        var entra = _fake.Keys.Token(
            TeamsBotFactory.AppId, serviceUrl: null, issuer: $"https://login.microsoftonline.com/{TeamsBotFactory.TenantId}/v2.0",
            kid: TestKeys.UnknownKid, claims: Caller("2.0", "azp", TeamsBotFactory.AppId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), entra)).StatusCode);
        _fake.Keys.Rotated = true;
        var rotated = _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl, kid: TestKeys.RotatedKid);

        var response = await _bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), rotated);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _bot.Turns.Count);
    }

    [Fact]
    public async Task Post_BadToken_DoesNotReadBodyAsActivity()
    {
        var response = await SendAsync("{not json", Case.WrongAudience);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A host that is no Bot Framework connector: our token must never go there.</summary>
    private const string EvilServiceUrl = "https://connector.evil.example/";

    private static Dictionary<string, object> Caller(string version, string claim, string appId) => new() { ["ver"] = version, [claim] = appId };

    private async Task<HttpResponseMessage> SendAsync(string json, Case tokenCase)
    {
        var keys = _fake.Keys;
        var audience = TeamsBotFactory.AppId;
        var serviceUrl = _fake.ServiceUrl;
        var now = DateTime.UtcNow;
        const string tenant = TeamsBotFactory.TenantId;
        const string EntraV1 = $"https://sts.windows.net/{tenant}/";
        const string EntraV2 = $"https://login.microsoftonline.com/{tenant}/v2.0";
        var bearer = tokenCase switch
        {
            Case.Valid or Case.EndorsementForOtherChannel => keys.Token(audience, serviceUrl),
            Case.ExpiredWithinSkew => keys.Token(audience, serviceUrl, notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-2)),
            Case.Expired => keys.Token(audience, serviceUrl, notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-10)),
            Case.NotYetValid => keys.Token(audience, serviceUrl, notBefore: now.AddMinutes(10), expires: now.AddMinutes(40)),
            Case.WrongIssuer => keys.Token(audience, serviceUrl, issuer: "https://api.botframework.example"),
            Case.WrongAudience => keys.Token(Guid.NewGuid().ToString(), serviceUrl),
            Case.BadSignature => keys.Token(audience, serviceUrl, signWithStranger: true),
            Case.UnknownKeyId => keys.Token(audience, serviceUrl, kid: TestKeys.UnknownKid),
            Case.ServiceUrlMismatch => keys.Token(audience, "https://smba.trafficmanager.net/evil/"),
            Case.ServiceUrlClaimMissing => keys.Token(audience, serviceUrl: null),
            Case.EndorsementMissing => keys.Token(audience, serviceUrl, kid: TestKeys.UnendorsedKid),
            Case.EntraTokenWithoutCaller => keys.Token(audience, serviceUrl: null, issuer: EntraV2),
            Case.EntraV2TokenOfOtherApp => keys.Token(audience, serviceUrl: null, issuer: EntraV2, claims: Caller("2.0", "azp", Guid.NewGuid().ToString())),
            Case.EntraV1TokenOfOtherApp => keys.Token(audience, serviceUrl: null, issuer: EntraV1, claims: Caller("1.0", "appid", Guid.NewGuid().ToString())),
            Case.EntraTokenOfUnknownVersion => keys.Token(audience, serviceUrl: null, issuer: EntraV2, claims: Caller("3.0", "azp", audience)),
            Case.EntraV2TokenOfOwnApp => keys.Token(audience, serviceUrl: null, issuer: EntraV2, claims: Caller("2.0", "azp", audience)),
            Case.EntraV1TokenOfOwnApp => keys.Token(audience, serviceUrl: null, issuer: EntraV1, claims: Caller("1.0", "appid", audience)),
            Case.EntraTokenOfOwnAppServiceUrlMismatch => keys.Token(audience, "https://smba.trafficmanager.net/evil/", issuer: EntraV2, claims: Caller("2.0", "azp", audience)),
            Case.ServiceUrlNotConnectorHost => keys.Token(audience, EvilServiceUrl),
            Case.EntraIssuerOfOtherTenant => keys.Token(audience, serviceUrl: null, issuer: $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0"),
            Case.Garbage => "not.a.token",
            _ => null,
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (tokenCase == Case.NotBearer)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()));
        }
        else if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        return await _bot.CreateClient().SendAsync(request);
    }
}
