using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackEndpointSecurityTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    public static TheoryData<string> Paths => [SlackServices.CommandsPath, SlackServices.InteractionsPath, SlackServices.EventsPath];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_WithoutSignatureHeaders_Returns401(string path)
    {
        using var response = await _bot.CreateClient().PostAsync(path, new StringContent("text=new", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Turns.Turns);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task Post_TimestampMoreThanFiveMinutesOff_Returns401(int minutes)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("status", _slack.ResponseUrl("r")), at: DateTimeOffset.UtcNow.AddMinutes(minutes));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongSecret_Returns401()
    {
        using var response = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("status", _slack.ResponseUrl("r")), secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Returns401()
    {
        using var response = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("status", _slack.ResponseUrl("r")),
            tweak: r => r.Content = new StringContent(SlackPayloads.Command("new", _slack.ResponseUrl("r")), Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver64KiB_Returns413()
    {
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, "{\"type\":\"x\",\"pad\":\"" + new string('a', 70_000) + "\"}", "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/slack/events", "{not json", "application/json")]
    [InlineData("/api/slack/events", "[1,2]", "application/json")]
    [InlineData("/api/slack/events", "{\"type\":\"event_callback\",\"team_id\":\"T0TEAM001\"}", "application/json")]
    [InlineData("/api/slack/interactions", "payload=%7Bbroken", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/interactions", "nopayload=1", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/commands", "team_id=T0TEAM001&user_id=U1&text=new", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/commands", "team_id=T0TEAM001&user_id=U1&text=new&response_url=javascript%3Aalert(1)", "application/x-www-form-urlencoded")]
    public async Task Post_MalformedButSigned_Returns400(string path, string body, string contentType)
    {
        using var response = await _bot.PostSignedAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UrlVerification_EchoesChallenge()
    {
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)body["challenge"]);
    }

    [Fact]
    public async Task Post_SslCheck_Returns200()
    {
        using var response = await _bot.PostSignedAsync(SlackServices.CommandsPath, "ssl_check=1&token=legacy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutSigningSecretConfigured_Returns503AndProcessesNothing()
    {
        await using var unconfigured = new SlackBotFactory(_slack, signingSecret: null);

        using var response = await unconfigured.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("new", _slack.ResponseUrl("r")), secret: "");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(unconfigured.Turns.Turns);
    }

    [Fact]
    public async Task Post_CommandFromTeamNotAllowed_PoliteRefusalAndNoTurn()
    {
        await using var restricted = new SlackBotFactory(_slack, allowedTeam: "T0OTHER01");

        using var response = await restricted.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("new", _slack.ResponseUrl("r")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.Contains("not available in this workspace", (string?)ack["text"], StringComparison.Ordinal);
        Assert.Empty(restricted.Turns.Turns);
    }
}
