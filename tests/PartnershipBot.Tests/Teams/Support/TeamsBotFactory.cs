using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;

using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Teams.Support;

/// <summary>
/// The real host with the Teams channel talking to a <see cref="FakeBotFramework"/> on loopback. Anonymous by
/// default (as with the Emulator); <c>authenticated: true</c> sets an app id, so inbound tokens are checked
/// against the fake's OpenID metadata and outbound tokens come from MSAL via the fake's token endpoint.
/// </summary>
public sealed class TeamsBotFactory(
    FakeBotFramework fake, bool authenticated = false, string environment = "Development", bool allowAnonymous = false, Action<IServiceCollection>? services = null, TempDatabase? database = null)
    : BotFactory(database: database, services: services)
{
    public const string AppId = "5d3c1b2a-7e8f-4a6b-9c0d-1e2f3a4b5c6d";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>An https authority MSAL accepts; the MSAL HttpClient routes it to the fake on loopback.</summary>
    public const string LoginHost = "login.loopback.test";

    public ConcurrentQueue<Turn> Turns { get; } = new();

    /// <summary>
    /// When set, replaces the turn processor with one that answers each turn with these replies, so channel
    /// behaviour (refresh cards, updates, failures) is tested independently of what the dialogs say today.
    /// </summary>
    public Func<Turn, IReadOnlyList<Reply>>? Script { get; init; }

    /// <summary>More configuration for one test (Teams:AllowedTenantIds, Teams:AllowedCallers, ...).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.UseSetting("Teams:AllowAnonymous", allowAnonymous ? "true" : "false");
        // No typing indicator unless a test asks for one, so a slow run does not add connector calls.
        builder.UseSetting("Teams:TypingDelay", "01:00:00");
        if (authenticated)
        {
            builder.UseSetting("MicrosoftAppType", "SingleTenant");
            builder.UseSetting("MicrosoftAppId", AppId);
            builder.UseSetting("MicrosoftAppPassword", "test-client-secret");
            builder.UseSetting("MicrosoftAppTenantId", TenantId);
            builder.UseSetting("Teams:OpenIdMetadataUrl", fake.MetadataUrl);
            builder.UseSetting("Teams:EntraOpenIdMetadataUrl", fake.MetadataUrl);
            builder.UseSetting("Teams:TokenAuthority", $"https://{LoginHost}/{TenantId}");
            builder.UseSetting("Teams:TokenInstanceDiscovery", "false");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            LoopbackConnection.AddFirst(services);
            services.AddHttpClient("teams-msal").ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(fake.BaseUrl));
            WrapTurnProcessor(services, inner => new RecordingTurnProcessor(Script is null ? inner : new ScriptedTurnProcessor(Script), Turns.Enqueue));
        });
    }

    public async Task<HttpResponseMessage> PostActivityAsync(string json, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await CreateClient().SendAsync(request);
    }
}

/// <summary>Sends MSAL's https calls to the fake's plain-http loopback address instead (path and query kept).</summary>
public sealed class LoopbackRedirectHandler(Uri target) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
