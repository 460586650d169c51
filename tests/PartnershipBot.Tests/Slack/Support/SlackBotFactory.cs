using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Turns;

using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>
/// The real host with Slack pointed at a <see cref="FakeSlackApi"/> on loopback. The ITurnProcessor the host
/// registers is wrapped so tests can see the Turns; everything else is the host's own.
/// </summary>
public sealed class SlackBotFactory(FakeSlackApi slack, string? signingSecret = SlackBotFactory.Secret, string? allowedTeam = null, IReadOnlyDictionary<string, string?>? settings = null,
    TempDatabase? database = null, Action<IServiceCollection>? services = null)
    : BotFactory(database: database, services: services)
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Team = "T0TEAM001";
    public const string User = "U0USER001";

    public TurnLog Turns { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Slack:SigningSecret", signingSecret ?? "");
        builder.UseSetting("Slack:BotToken", "xoxb-test-token");
        builder.UseSetting("Slack:ApiBaseUrl", slack.ApiBaseUrl.AbsoluteUri);
        if (allowedTeam is not null)
        {
            builder.UseSetting("Slack:AllowedTeamIds:0", allowedTeam);
        }

        // The test's own settings win over the defaults above.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => WrapTurnProcessor(services, inner => new RecordingTurnProcessor(inner, Turns.Add)));
    }

    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType = "application/x-www-form-urlencoded",
        DateTimeOffset? at = null, string? secret = null, Action<HttpRequestMessage>? tweak = null)
    {
        var client = CreateClient();
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType).MediaType!),
        };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(secret ?? Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        tweak?.Invoke(request);
        return await client.SendAsync(request);
    }
}
