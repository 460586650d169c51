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
            connector.SendToConversationAsync(EvilServiceUrl, "a:1conv", TeamsActivityRenderer.Render(new TextReply($"hi"), Dialogs.Texts.Languages.English), CancellationToken.None));

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
    public async Task Reminder_StoredAddressOfATenantNoLongerAllowed_IsUndeliverableAndNothingIsSent()
    {
        // The owner talked to the bot while their tenant was served; the operator has since removed it.
        await using var bot = new TeamsBotFactory(_fake, authenticated: true) { Settings = new Dictionary<string, string?> { ["Teams:AllowedTenantIds:0"] = TeamsBotFactory.TenantId } };
        await bot.Services.GetRequiredService<IConversationAddressStore>().UpsertAsync(new ConversationAddress
        {
            Channel = "msteams",
            UserId = "29:former",
            ConversationId = "a:1personal",
            ServiceUrl = _fake.ServiceUrl,
            TenantId = OtherTenant,
            BotId = $"28:{TeamsBotFactory.AppId}",
        }, CancellationToken.None);
        var teams = bot.Services.GetServices<IReminderChannel>().Single(c => c.Channel == "msteams");

        var result = await teams.SendToUserAsync("29:former", [new TextReply($"Reminder: Written agreement")], CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Undeliverable, result.Outcome);
        Assert.Contains("Teams:AllowedTenantIds", result.Error, StringComparison.Ordinal);
        Assert.Empty(_fake.ConnectorRequests);
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
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Post_OtherBotFrameworkChannelAsATeamsUser_Is403AndStoresNothing(string channel)
    {
        // The victim has talked to the bot in Teams: their address and state are stored.
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var teams = Fixtures.Load("personal-message", _fake.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(teams.ToJsonString(), _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl))).StatusCode);
        var before = await StoredAsync(bot);
        var turns = bot.Turns.Count;
        var sent = _fake.ConnectorRequests.Count;

        // A Web Chat or Direct Line client picks the victim's Teams id; the Bot Connector signs its activity with
        // a key endorsed for that channel too (Microsoft's keys are endorsed for every public channel).
        var forged = Fixtures.Load("personal-message", _fake.ServiceUrl);
        forged["channelId"] = channel;
        forged["text"] = "list";
        var response = await bot.PostActivityAsync(forged.ToJsonString(), _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(turns, bot.Turns.Count);
        Assert.Equal(sent, _fake.ConnectorRequests.Count);
        Assert.Equal(before, await StoredAsync(bot));
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("403", StringComparison.Ordinal) && l.Message.Contains(channel, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TeamsBotFactory.TenantId, OtherTenant)]
    [InlineData(OtherTenant, TeamsBotFactory.TenantId)]
    public async Task Post_TenantIdsOfConversationAndChannelDataDisagree_Is403AndStoresNothing(string conversationTenant, string channelDataTenant)
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true)
        {
            Settings = new Dictionary<string, string?> { ["Teams:AllowedTenantIds:0"] = TeamsBotFactory.TenantId, ["Teams:AllowedTenantIds:1"] = OtherTenant },
        };
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        activity["conversation"]!["tenantId"] = conversationTenant;
        activity["channelData"]!["tenant"]!["id"] = channelDataTenant;

        var response = await bot.PostActivityAsync(activity.ToJsonString(), _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(_fake.ConnectorRequests);
        Assert.Equal(Nothing, await StoredAsync(bot));
    }

    [Fact]
    public async Task Post_SingleTenantBotWithoutAllowedTenants_ServesOnlyItsOwnTenant()
    {
        await using var bot = new TeamsBotFactory(_fake, authenticated: true);
        var stranger = Fixtures.Load("personal-message", _fake.ServiceUrl);
        stranger["conversation"]!["tenantId"] = OtherTenant;
        stranger["channelData"]!["tenant"]!["id"] = OtherTenant;

        var refused = await bot.PostActivityAsync(stranger.ToJsonString(), _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Equal(Nothing, await StoredAsync(bot));
        var served = await bot.PostActivityAsync(Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), _fake.Keys.Token(TeamsBotFactory.AppId, _fake.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Fact]
    public async Task Post_EmulatorActivityInAnonymousDevelopmentMode_IsServedWithoutATenant()
    {
        await using var bot = ServingOnly(TeamsBotFactory.TenantId);
        var activity = Fixtures.Load("personal-message", _fake.ServiceUrl);
        activity["channelId"] = "emulator";

        await bot.PostActivityAsync(activity.ToJsonString());

        // The Emulator is a local tool: it may talk to the bot, but its tenant fields are not believed.
        Assert.Empty(bot.Turns);
        await using var open = new TeamsBotFactory(_fake);
        Assert.Equal(HttpStatusCode.OK, (await open.PostActivityAsync(activity.ToJsonString())).StatusCode);
        Assert.Single(open.Turns);
    }

    private const string Nothing = "addresses 0, users 0, states 0, inbound keys 0, collaborations 0, answers 0";

    /// <summary>Every row a turn can leave behind, with the address fields an attacker would re-point.</summary>
    private static async Task<string> StoredAsync(TeamsBotFactory bot)
    {
        await using var db = await bot.Database.CreateContextAsync();
        var addresses = await db.ConversationAddresses.AsNoTracking().ToListAsync();
        var summary = $"addresses {addresses.Count}, users {await db.Users.CountAsync()}, states {await db.ConversationStates.CountAsync()}, "
            + $"inbound keys {await db.InboundKeys.CountAsync()}, collaborations {await db.Collaborations.CountAsync()}, answers {await db.Answers.CountAsync()}";
        return string.Join("; ", addresses.Select(a => $"{a.Channel}:{a.UserId}@{a.ConversationId}@{a.ServiceUrl}@{a.TenantId}").Prepend(summary));
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
