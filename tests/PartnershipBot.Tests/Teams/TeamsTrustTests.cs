using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Who may talk to the bot and where its token may go: allowed callers, tenants, connector hosts, anonymous mode.
/// Real host, real tokens, the loopback connector.
/// </summary>
public sealed class TeamsTrustTests : IAsyncLifetime
{
    private const string EvilServiceUrl = "https://connector.evil.example/";
    private const string OtherTenant = "0b0b0b0b-1111-2222-3333-444455556666";
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private TeamsBotFactory ServingOnly(string tenant) =>
        new(_fake) { Settings = new Dictionary<string, string?> { ["Teams:AllowedTenantIds:0"] = tenant } };

    private string EntraToken(string callerAppId) => _fake.Keys.Token(
        TeamsBotFactory.AppId,
        serviceUrl: null,
        issuer: $"https://login.microsoftonline.com/{TeamsBotFactory.TenantId}/v2.0",
        claims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = callerAppId });

    [Fact]
    public async Task Post_EntraTokenOfAllowedCaller_IsAccepted()
    {
        const string caller = "9a8b7c6d-0000-4000-8000-0123456789ab";
        await using var bot = new TeamsBotFactory(_fake, authenticated: true) { Settings = new Dictionary<string, string?> { ["Teams:AllowedCallers:0"] = caller } };

        var allowed = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), EntraToken(caller));
        var other = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), EntraToken(Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Fact]
    public async Task Post_LoopbackServiceUrlInProduction_IsRefusedAndNothingIsSent()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true, environment: "Production");
        var token = _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl);

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(_fake.ConnectorRequests);
        Assert.Equal(0, _fake.TokenRequests);
    }

    [Fact]
    public async Task Send_TrustedUrlThatIsNoConnectorHost_IsRefusedBeforeAnyTokenIsFetched()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        bot.Services.GetRequiredService<TrustedServiceUrls>().Trust(EvilServiceUrl);
        var connector = bot.Services.GetRequiredService<ITeamsConnector>();

        var error = await Assert.ThrowsAsync<ServiceUrlRefusedException>(() =>
            connector.SendToConversationAsync(EvilServiceUrl, "a:1conv", TeamsActivityRenderer.Render(new TextReply($"hi")), CancellationToken.None));

        Assert.Contains("connector.evil.example", error.Message, StringComparison.Ordinal);
        Assert.Contains("Teams:ConnectorHosts", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _fake.TokenRequests);
    }

    [Fact]
    public async Task Reminder_StoredAddressWhoseServiceUrlNoLongerPasses_IsUndeliverableWithTheReason()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        await bot.Services.GetRequiredService<IConversationAddressStore>().UpsertAsync(new ConversationAddress
        {
            Channel = "msteams",
            UserId = "29:owner",
            ConversationId = "a:1personal",
            ServiceUrl = EvilServiceUrl,
            TenantId = TeamsBotFactory.TenantId,
            BotId = $"28:{TeamsBotFactory.AppId}",
        }, CancellationToken.None);
        var teams = bot.Services.GetServices<IReminderChannel>().Single(c => c.Channel == "msteams");

        var result = await teams.SendToUserAsync("29:owner", [new TextReply($"Reminder: Written agreement")], CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Undeliverable, result.Outcome);
        Assert.Contains("connector.evil.example", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _fake.TokenRequests);
    }

    [Fact]
    public async Task Post_MessageFromTenantNotAllowed_GetsAPoliteRefusalAndNothingIsStored()
    {
        await using var bot = ServingOnly(OtherTenant);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);

        var response = await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _fake.WaitForAsync(r => r.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal));
        Assert.Contains("not available to your organisation", (string?)reply.Json["text"], StringComparison.Ordinal);
        Assert.Single(_fake.ConnectorRequests);
        Assert.Empty(bot.Turns);
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Empty(await db.ConversationAddresses.ToListAsync());
        Assert.Empty(await db.Users.ToListAsync());
        Assert.Empty(await db.ConversationStates.ToListAsync());
    }

    [Fact]
    public async Task Post_InstallInTenantNotAllowed_StoresNothing()
    {
        await using var bot = ServingOnly(OtherTenant);

        var response = await bot.PostActivityAsync(Fixtures.Load("conversation-update-install", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Turns);
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Empty(await db.ConversationAddresses.ToListAsync());
        Assert.Empty(await db.Users.ToListAsync());
    }

    [Fact]
    public async Task Post_CardActionFromTenantNotAllowed_AnswersWithAMessageAndRunsNoTurn()
    {
        await using var bot = ServingOnly(OtherTenant);

        var response = await bot.PostActivityAsync(Fixtures.Load("action-execute-invoke", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not available to your organisation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_MessageWithoutTenantWhenTenantsAreListed_IsRefused()
    {
        await using var bot = ServingOnly(TeamsBotFactory.TenantId);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity.Remove("channelData");

        await bot.PostActivityAsync(activity.ToJsonString());

        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Post_MessageFromAllowedTenant_IsServed()
    {
        await using var bot = ServingOnly(TeamsBotFactory.TenantId);

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    [InlineData("Test")]
    public async Task Post_AnonymousOutsideDevelopment_IsRefused(string environment)
    {
        await using var bot = new TeamsBotFactory(_fake, environment: environment);

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Turns);
    }
}
