namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The Teams channel settings. The MicrosoftApp* names are Bot Framework's own (root level, so existing
/// deployment scripts and App Service settings work unchanged); the rest lives under "Teams".
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultTokenScope = "https://api.botframework.com/.default";
    public const string DefaultLoginInstance = "https://login.microsoftonline.com";

    /// <summary>SingleTenant (default) or MultiTenant. Managed identities are not supported.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Bot Framework OpenID metadata: keys (with endorsements) of tokens issued by api.botframework.com.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>
    /// OpenID metadata for Entra-issued tokens of a single-tenant bot. Empty = derived from
    /// <see cref="LoginInstance"/> and the tenant.
    /// </summary>
    public string? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>Entra login host; sovereign clouds use another (e.g. https://login.microsoftonline.us).</summary>
    public string LoginInstance { get; set; } = DefaultLoginInstance;

    /// <summary>MSAL authority for outbound tokens. Empty = {LoginInstance}/{tenant} (or botframework.com when multi-tenant).</summary>
    public string? TokenAuthority { get; set; }

    public string TokenScope { get; set; } = DefaultTokenScope;

    /// <summary>MSAL instance discovery; turn off for an authority MSAL does not know (a private cloud or a test endpoint).</summary>
    public bool TokenInstanceDiscovery { get; set; } = true;

    /// <summary>A message turn still running after this long shows "typing" in the chat until its replies come.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Allows anonymous mode (no app id) outside the Development environment, for a local tool on a machine whose
    /// environment is not Development. Never on a server reachable from the internet.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// App ids besides our own whose Entra-issued tokens may post activities (another bot calling this one).
    /// Empty by default: an Entra token is accepted only when our own app asked for it.
    /// </summary>
    public IList<string> AllowedCallers { get; } = [];

    /// <summary>
    /// When not empty, only activities from these Entra tenants are served; others get a polite refusal. Empty on a
    /// SingleTenant bot = its own tenant (<see cref="EffectiveAllowedTenantIds"/>); empty on a MultiTenant bot = all.
    /// </summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>The tenants served: the list when set, else a SingleTenant bot's own tenant, else every tenant (empty).</summary>
    public IReadOnlyList<string> EffectiveAllowedTenantIds =>
        AllowedTenantIds.Count > 0 ? [.. AllowedTenantIds]
        : !IsAnonymous && !IsMultiTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? [MicrosoftAppTenantId]
        : [];

    /// <summary>
    /// Hosts our bearer token may be sent to ("*.x" = any subdomain of x). Empty = <see cref="DefaultConnectorHosts"/>.
    /// A list here replaces the defaults, so a bot can be narrowed to one cloud.
    /// </summary>
    public IList<string> ConnectorHosts { get; } = [];

    /// <summary>
    /// Teams' Bot Connector (smba) hosts of the public, GCC, GCC High and DoD clouds; Teams puts one of them in each
    /// activity's serviceUrl. The other Bot Framework channel hosts (*.botframework.com: Web Chat, Direct Line) are
    /// not Teams and are left out; a cloud not listed (Azure China) names its host in Teams:ConnectorHosts.
    /// </summary>
    public static IReadOnlyList<string> DefaultConnectorHosts { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    public IReadOnlyList<string> EffectiveConnectorHosts => ConnectorHosts.Count > 0 ? [.. ConnectorHosts] : DefaultConnectorHosts;

    public bool IsCallerAllowed(string? appId) =>
        !string.IsNullOrEmpty(appId)
        && (string.Equals(appId, MicrosoftAppId, StringComparison.OrdinalIgnoreCase) || AllowedCallers.Contains(appId, StringComparer.OrdinalIgnoreCase));

    public bool IsTenantAllowed(string? tenantId) =>
        EffectiveAllowedTenantIds is var allowed
        && (allowed.Count == 0 || (tenantId is not null && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Larger bodies get 413. Real activities are a few KB; Teams caps messages near 100 KB.</summary>
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    /// <summary>Time per connector call attempt; retries add to it up to <see cref="ConnectorTotalTimeout"/>.</summary>
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan ConnectorTotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsMultiTenant => string.Equals(MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase);

    public string ResolveEntraMetadataUrl() =>
        string.IsNullOrWhiteSpace(EntraOpenIdMetadataUrl)
            ? $"{LoginInstance.TrimEnd('/')}/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration"
            : EntraOpenIdMetadataUrl;

    public string ResolveTokenAuthority() =>
        !string.IsNullOrWhiteSpace(TokenAuthority) ? TokenAuthority
        : IsMultiTenant ? $"{LoginInstance.TrimEnd('/')}/botframework.com"
        : $"{LoginInstance.TrimEnd('/')}/{MicrosoftAppTenantId}";

    /// <summary>Issuers accepted on inbound tokens: Bot Framework's, plus the Entra ones of the bot's tenant.</summary>
    public IReadOnlyList<string> ValidIssuers()
    {
        if (IsMultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            return [BotFrameworkIssuer];
        }

        var login = LoginInstance.TrimEnd('/');
        return [BotFrameworkIssuer, $"{EntraV1IssuerRoot(login)}{MicrosoftAppTenantId}/", $"{login}/{MicrosoftAppTenantId}/v2.0"];
    }

    // v1 access tokens carry the sts host: sts.windows.net in the public and US government clouds,
    // sts.chinacloudapi.cn in Azure China (21Vianet); v2 tokens carry the login instance itself.
    private static string EntraV1IssuerRoot(string loginInstance) =>
        Uri.TryCreate(loginInstance, UriKind.Absolute, out var uri) && uri.Host.EndsWith(".cn", StringComparison.OrdinalIgnoreCase)
            ? "https://sts.chinacloudapi.cn/"
            : "https://sts.windows.net/";

    /// <summary>Problems that must stop the start-up; empty when the settings are usable.</summary>
    public IEnumerable<string> Validate()
    {
        if (!IsMultiTenant && !string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"MicrosoftAppType '{MicrosoftAppType}' is not supported; use SingleTenant or MultiTenant.";
        }

        if (IsAnonymous)
        {
            yield break;
        }

        if (!Guid.TryParse(MicrosoftAppId, out _))
        {
            yield return "MicrosoftAppId must be the bot's Entra application (client) id, a GUID.";
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return "MicrosoftAppPassword is required when MicrosoftAppId is set.";
        }

        if (!IsMultiTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return "MicrosoftAppTenantId is required for a SingleTenant bot.";
        }

        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out _))
        {
            yield return "Teams:OpenIdMetadataUrl must be an absolute URL.";
        }

        if (!Uri.TryCreate(LoginInstance, UriKind.Absolute, out var login) || login.Scheme != Uri.UriSchemeHttps)
        {
            yield return "Teams:LoginInstance must be an absolute https URL, e.g. https://login.microsoftonline.us for US government.";
        }

        if (ConnectorHosts.Any(h => string.IsNullOrWhiteSpace(h) || h.Contains('/', StringComparison.Ordinal) || h.Contains(':', StringComparison.Ordinal)))
        {
            yield return "Teams:ConnectorHosts holds host names only (e.g. smba.trafficmanager.net or *.bots.contoso.example), no scheme, port or path.";
        }

        if (MaxRequestBytes < 1024)
        {
            yield return "Teams:MaxRequestBytes must be at least 1024.";
        }
    }
}

/// <summary>How the channel runs, decided once at start from the settings and the environment.</summary>
public enum TeamsMode
{
    /// <summary>App id set: every request needs a valid Bot Framework token; outbound calls carry one.</summary>
    Authenticated,

    /// <summary>No app id, in the Development environment (or explicitly allowed): local tools such as the Emulator.</summary>
    Anonymous,

    /// <summary>No app id outside Development without Teams:AllowAnonymous: every request is refused.</summary>
    Disabled,
}
