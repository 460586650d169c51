using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace PartnershipBot.Channels.Teams;

/// <summary>Bearer tokens for calls to the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>False in anonymous mode: no token is ever sent.</summary>
    bool SendsTokens { get; }

    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// MSAL client credentials. One application instance for the process lifetime: its in-memory cache keeps the
/// token and MSAL renews it shortly before it expires, so most calls cost no network round trip.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string HttpClientName = "teams-msal";
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var settings = options.Value;
        _scopes = [settings.TokenScope];
        _app = ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(settings.ResolveTokenAuthority())
            .WithInstanceDiscovery(settings.TokenInstanceDiscovery)
            .WithHttpClientFactory(new NamedMsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    public bool SendsTokens => true;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private sealed class NamedMsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}

internal sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public bool SendsTokens => false;

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Anonymous mode sends no tokens.");
}
