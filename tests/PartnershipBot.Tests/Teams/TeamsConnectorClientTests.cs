
using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Teams;

/// <summary>The connector client as the host registers it (typed client, resilience, MSAL) against a loopback connector.</summary>
public sealed class TeamsConnectorClientTests : IAsyncLifetime
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

    private ITeamsConnector Connector(bool trust = true)
    {
        if (trust)
        {
            _bot.Services.GetRequiredService<TrustedServiceUrls>().Trust(_fake.ServiceUrl);
        }

        return _bot.Services.GetRequiredService<ITeamsConnector>();
    }

    private static Activity Message(string text) => TeamsActivityRenderer.Render(new TextReply(MarkdownText.Trusted(text)), Dialogs.Texts.Languages.English);

    [Fact]
    public async Task ReplyToActivity_PostsToActivityPathWithBearerToken()
    {
        var result = await Connector().ReplyToActivityAsync(_fake.ServiceUrl, "a:1conv/with?odd#chars", "1763630102330", Message("Hi **there**"), CancellationToken.None);

        Assert.Equal("activity-1", result!.Id);
        var request = Assert.Single(_fake.ConnectorRequests);
        Assert.Equal("POST", request.Method);
        // Escaped: the slash stays inside the id segment (Kestrel keeps %2F encoded), ? and # do not end the path.
        Assert.Equal("/v3/conversations/a:1conv%2Fwith?odd#chars/activities/1763630102330", request.Path);
        Assert.Equal("Bearer bot-token-1", request.Authorization);
        Assert.Equal("message", (string?)request.Json["type"]);
        Assert.Equal("markdown", (string?)request.Json["textFormat"]);
        Assert.Equal("Hi **there**", (string?)request.Json["text"]);
    }

    [Fact]
    public async Task SendToConversation_TwoCalls_ReuseTheCachedToken()
    {
        var connector = Connector();

        await connector.SendToConversationAsync(_fake.ServiceUrl, "a:1conv", Message("one"), CancellationToken.None);
        await connector.SendToConversationAsync(_fake.ServiceUrl, "a:1conv", Message("two"), CancellationToken.None);

        Assert.Equal(1, _fake.TokenRequests);
        Assert.All(_fake.ConnectorRequests, r => Assert.Equal("/v3/conversations/a:1conv/activities", r.Path));
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThenSucceeds()
    {
        _fake.FailNext(429, retryAfter: "1");
        var clock = Stopwatch.StartNew();

        var result = await Connector().SendToConversationAsync(_fake.ServiceUrl, "a:1conv", Message("hello"), CancellationToken.None);

        Assert.Equal("activity-1", result!.Id);
        Assert.Equal(2, _fake.ConnectorRequests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}, before Retry-After");
        Assert.Equal("hello", (string?)_fake.ConnectorRequests[1].Json["text"]);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Send_TransientStatus_IsRetried(int status)
    {
        _fake.FailNext(status);

        await Connector().SendToConversationAsync(_fake.ServiceUrl, "a:1conv", Message("hello"), CancellationToken.None);

        Assert.Equal(2, _fake.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Send_NotFound_FailsAtOnceWithStatus()
    {
        _fake.FailNext(404);

        var error = await Assert.ThrowsAsync<TeamsConnectorException>(() =>
            Connector().SendToConversationAsync(_fake.ServiceUrl, "a:1gone", Message("hello"), CancellationToken.None));

        Assert.Equal(404, error.Status);
        Assert.Single(_fake.ConnectorRequests);
    }

    [Fact]
    public async Task Send_ConnectorAnswersWithARedirect_IsNotFollowedAndTheTokenStaysHere()
    {
        // A redirect would carry the request (and, for some handlers, the token) to an address no check has seen.
        _fake.RedirectNext(new Uri(_fake.BaseUrl, "/elsewhere/v3/conversations/a:1conv/activities").AbsoluteUri);

        var error = await Assert.ThrowsAsync<TeamsConnectorException>(() =>
            Connector().SendToConversationAsync(_fake.ServiceUrl, "a:1conv", Message("hello"), CancellationToken.None));

        Assert.Equal(302, error.Status);
        Assert.DoesNotContain(_fake.Requests, r => r.Path.StartsWith("/elsewhere", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateActivity_PutsTheCardToTheActivity()
    {
        var card = TeamsActivityRenderer.Render(new CardReply(new Card { Title = $"Checklist", Checklist = [new("a", "Agreement", true)] }, true), Dialogs.Texts.Languages.English);
        card.Id = "1763630300000";

        await Connector().UpdateActivityAsync(_fake.ServiceUrl, "a:1conv", "1763630300000", card, CancellationToken.None);

        var request = Assert.Single(_fake.ConnectorRequests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a:1conv/activities/1763630300000", request.Path);
        Assert.Equal("Bearer bot-token-1", request.Authorization);
        Assert.Equal("true", (string?)request.Json["attachments"]![0]!["content"]!["body"]![1]!["value"]);
    }

    [Fact]
    public async Task CreatePersonalConversation_SendsBotUserAndTenant()
    {
        var created = await Connector().CreatePersonalConversationAsync(_fake.ServiceUrl, "28:bot", "29:user", TeamsBotFactory.TenantId, CancellationToken.None);

        Assert.Equal("a:1created-personal-conversation", created.Id);
        var request = Assert.Single(_fake.ConnectorRequests);
        Assert.Equal("/v3/conversations", request.Path);
        Assert.Equal("28:bot", (string?)request.Json["bot"]!["id"]);
        Assert.Equal("29:user", (string?)request.Json["members"]![0]!["id"]);
        Assert.False((bool)request.Json["isGroup"]!);
        Assert.Equal(TeamsBotFactory.TenantId, (string?)request.Json["tenantId"]);
        Assert.Equal(TeamsBotFactory.TenantId, (string?)request.Json["channelData"]!["tenant"]!["id"]);
    }

    [Fact]
    public async Task Send_ToServiceUrlNeverAuthenticated_IsRefusedWithoutAnyRequest()
    {
        var connector = Connector(trust: false);

        await Assert.ThrowsAsync<ServiceUrlRefusedException>(() =>
            connector.SendToConversationAsync(_fake.ServiceUrl, "a:1conv", Message("hello"), CancellationToken.None));

        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Proactive_StoredAddress_OpensPersonalChatAndSends()
    {
        var address = new ConversationAddress
        {
            Channel = "msteams",
            UserId = "29:reminded-user",
            ConversationId = "19:channel@thread.tacv2",
            ServiceUrl = _fake.ServiceUrl,
            TenantId = TeamsBotFactory.TenantId,
            BotId = "28:" + TeamsBotFactory.AppId,
        };
        await _bot.Services.GetRequiredService<IConversationAddressStore>().UpsertAsync(address, CancellationToken.None);
        using var scope = _bot.Services.CreateScope();

        await scope.ServiceProvider.GetRequiredService<ITeamsProactiveMessenger>()
            .SendAsync(address, [new TextReply($"Disclosure due in 7 days.")], CancellationToken.None);

        Assert.Equal(["/v3/conversations", "/v3/conversations/a:1created-personal-conversation/activities"], _fake.ConnectorRequests.Select(r => r.Path));
        Assert.All(_fake.ConnectorRequests, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
        Assert.Equal("Disclosure due in 7 days.", (string?)_fake.ConnectorRequests[1].Json["text"]);
    }

    [Fact]
    public async Task Proactive_AddressNotFromStore_IsRefused()
    {
        var forged = new ConversationAddress { Channel = "msteams", UserId = "29:someone", ConversationId = "a:1x", ServiceUrl = _fake.ServiceUrl };
        using var scope = _bot.Services.CreateScope();

        await Assert.ThrowsAsync<ServiceUrlRefusedException>(() => scope.ServiceProvider.GetRequiredService<ITeamsProactiveMessenger>()
            .SendAsync(forged, [new TextReply($"hi")], CancellationToken.None));

        Assert.Empty(_fake.Requests);
    }
}
