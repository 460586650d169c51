using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Teams;

/// <summary>The outcome of checking a request: 200 = accepted, otherwise the HTTP status to answer with.</summary>
public sealed record AuthOutcome(int Status, string Reason)
{
    public static AuthOutcome Accepted { get; } = new(StatusCodes.Status200OK, "ok");

    public bool IsAccepted => Status == StatusCodes.Status200OK;

    public static AuthOutcome Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason);

    public static AuthOutcome Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);
}

/// <summary>A token whose signature, issuer, audience and lifetime passed; the activity checks come after parsing.</summary>
public sealed record ValidatedToken(string Issuer, string? ServiceUrl, IReadOnlyList<string>? Endorsements);

/// <summary>
/// Validates Bot Connector tokens as the Bot Framework authentication spec requires. Two steps because the
/// signature must be checked before the body is trusted, while the serviceurl and endorsement checks need it.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly TeamsOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _botFramework;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> _entra;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _clock;
    // One per metadata source: unknown kids on Entra tokens (which anyone can send) must not use up the Bot
    // Framework metadata's refresh after a real key rollover, nor the other way round.
    private readonly RefreshGate _botFrameworkRefresh = new();
    private readonly RefreshGate _entraRefresh = new();

    public BotFrameworkAuthenticator(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory, TimeProvider clock, ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _logger = logger;
        _httpClientFactory = httpClientFactory;
        _clock = clock;
        _botFramework = CreateManager(_options.OpenIdMetadataUrl, httpClientFactory);
        _entra = new(() => CreateManager(_options.ResolveEntraMetadataUrl(), httpClientFactory));
    }

    public const string MetadataHttpClient = "teams-openid";

    public async Task<(AuthOutcome Outcome, ValidatedToken? Token)> ValidateTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        const string prefix = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return (AuthOutcome.Unauthorized("missing bearer token"), null);
        }

        var raw = authorizationHeader[prefix.Length..].Trim();
        JsonWebToken unverified;
        try
        {
            // Only to pick the issuer's key set; nothing in it is trusted before the signature check below.
            unverified = _handler.ReadJsonWebToken(raw);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return (AuthOutcome.Unauthorized("unreadable token"), null);
        }

        var issuers = _options.ValidIssuers();
        if (!issuers.Contains(unverified.Issuer, StringComparer.Ordinal))
        {
            return (AuthOutcome.Unauthorized("untrusted issuer"), null);
        }

        var isBotFramework = unverified.Issuer == TeamsOptions.BotFrameworkIssuer;
        var manager = isBotFramework ? _botFramework : _entra.Value;

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await manager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // Metadata unreachable: nobody can be authenticated, which is a 401 for the caller, an error for us.
            TeamsLog.MetadataUnavailable(_logger, ex.GetType().Name);
            return (AuthOutcome.Unauthorized("signing keys unavailable"), null);
        }

        var result = await _handler.ValidateTokenAsync(raw, Parameters(configuration, issuers));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await FetchNowAsync(isBotFramework, cancellationToken) is { } fresh)
        {
            configuration = fresh;
            result = await _handler.ValidateTokenAsync(raw, Parameters(configuration, issuers));
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return (AuthOutcome.Unauthorized(result.Exception?.GetType().Name ?? "invalid token"), null);
        }

        if (!isBotFramework && CallerRefusal(token) is { } refusal)
        {
            return (AuthOutcome.Unauthorized(refusal), null);
        }

        var serviceUrl = token.TryGetPayloadValue<string>("serviceurl", out var url) ? url : null;
        var endorsements = isBotFramework ? FindEndorsements(configuration, token.Kid) : null;
        return (AuthOutcome.Accepted, new ValidatedToken(token.Issuer, serviceUrl, endorsements));
    }

    /// <summary>
    /// Keys roll over, so an unknown kid is worth fetching the metadata again before saying no. The manager's own
    /// RequestRefresh only refreshes in the background (the current request would still fail), so the fetch is
    /// done here, at most once a minute per metadata source so unknown kids cannot be used to hammer its host.
    /// </summary>
    private async Task<OpenIdConnectConfiguration?> FetchNowAsync(bool botFramework, CancellationToken cancellationToken)
    {
        if (!(botFramework ? _botFrameworkRefresh : _entraRefresh).TryEnter(_clock.GetUtcNow()))
        {
            return null;
        }

        var url = botFramework ? _options.OpenIdMetadataUrl : _options.ResolveEntraMetadataUrl();
        try
        {
            var fresh = await OpenIdConnectConfigurationRetriever.GetAsync(url, Retriever(url, _httpClientFactory), cancellationToken);
            (botFramework ? _botFramework : _entra.Value).RequestRefresh();
            return fresh;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or ArgumentException)
        {
            TeamsLog.MetadataUnavailable(_logger, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// An Entra token with aud = our app id can be obtained by any app registered in the tenant, so the issuer and
    /// audience say nothing about who is calling. As the Bot Framework SDK does for Emulator and skill tokens, the
    /// calling app is read from appid (v1 tokens) or azp (v2) and must be our own app or an allowed caller.
    /// </summary>
    private string? CallerRefusal(JsonWebToken token)
    {
        var version = token.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var claim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            return "Entra token without a known version (ver 1.0 or 2.0)";
        }

        var caller = token.TryGetPayloadValue<string>(claim, out var id) ? id : null;
        return _options.IsCallerAllowed(caller) ? null : $"Entra token of an app that is neither this bot nor in Teams:AllowedCallers ({claim})";
    }

    /// <summary>
    /// The checks that need the activity: the token was minted for this serviceUrl and this channel, and the channel
    /// is Teams (this endpoint serves no other Bot Framework channel when authenticated). Bot Framework
    /// tokens must carry a serviceurl claim equal to the activity's. Entra tokens (Emulator with credentials, a
    /// calling bot) have no such claim in the spec; they are only accepted from our own app or an allowed caller,
    /// a claim they do carry must match, and the serviceUrl still has to pass the connector host policy.
    /// </summary>
    public static AuthOutcome CheckActivity(ValidatedToken token, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        var fromBotFramework = token.Issuer == TeamsOptions.BotFrameworkIssuer;
        if ((fromBotFramework || token.ServiceUrl is not null) && !SameServiceUrl(token.ServiceUrl, activity.ServiceUrl))
        {
            return AuthOutcome.Forbidden("serviceurl claim does not match the activity");
        }

        if (fromBotFramework && (token.Endorsements is null || activity.ChannelId is null
            || !token.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase)))
        {
            return AuthOutcome.Forbidden("signing key is not endorsed for the channel");
        }

        // Microsoft's keys are endorsed for every public channel, so the endorsement alone would let a Web Chat or
        // Direct Line client (which picks its own user id and tenant fields) speak as any Teams user.
        if (!string.Equals(activity.ChannelId, ChannelIds.Teams, StringComparison.Ordinal))
        {
            return AuthOutcome.Forbidden($"the activity's channel '{LogSafe(activity.ChannelId)}' is not Microsoft Teams ({ChannelIds.Teams})");
        }

        return AuthOutcome.Accepted;
    }

    // The channel id is the caller's text: only a short plain word goes into the log.
    private static string LogSafe(string? channelId) =>
        channelId is { Length: > 0 and <= 32 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? id : "(other)";

    internal static bool SameServiceUrl(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IReadOnlyList<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
    };

    private static List<string>? FindEndorsements(OpenIdConnectConfiguration configuration, string? kid)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ToString())],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(i => i?.ToString() ?? "")],
            _ => null,
        };
    }

    // Plain http is only allowed for a loopback metadata host (local tools and tests); anything else must be https.
    private static HttpDocumentRetriever Retriever(string metadataUrl, IHttpClientFactory httpClientFactory) =>
        new(httpClientFactory.CreateClient(MetadataHttpClient)) { RequireHttps = !new Uri(metadataUrl).IsLoopback };

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataUrl, IHttpClientFactory httpClientFactory)
    {
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), Retriever(metadataUrl, httpClientFactory))
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(1),
        };
    }

    /// <summary>At most one forced metadata fetch a minute for one source.</summary>
    private sealed class RefreshGate
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _last = DateTimeOffset.MinValue;

        public bool TryEnter(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (now - _last < TimeSpan.FromMinutes(1))
                {
                    return false;
                }

                _last = now;
                return true;
            }
        }
    }
}
