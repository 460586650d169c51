namespace PartnershipBot.Dashboard;

/// <summary>
/// Headers on every dashboard response: a CSP that allows no script (but our own files on the Teams tab's
/// configuration page) and only our own styles, frames only
/// inside Teams (the tab), no caching of data, no sniffing, no referrer. (In the local development mode the host's
/// LocalOnlyGate has already refused anyone who is not on this machine, before any proxy header is applied.)
/// </summary>
internal sealed class DashboardSecurity(RequestDelegate next, DashboardState state, Microsoft.Extensions.Options.IOptions<DashboardOptions> options)
{
    public const string PathPrefix = "/dashboard";

    /// <summary>Hosts Teams (web, desktop, Microsoft 365 app, Outlook) loads tabs from.</summary>
    public static readonly string[] TeamsHosts =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.cloud.microsoft", "https://*.cloud.microsoft",
        "https://*.office.com", "https://outlook.office.com", "https://*.microsoft365.com", "https://*.skype.com",
    ];

    /// <summary>The one page with script: Teams enables a team tab's Save only through TeamsJS.</summary>
    public const string TeamsConfigurePath = PathPrefix + "/teams/configure";

    private readonly string policy = Policy(state, options, "'none'");
    private readonly string configurePolicy = Policy(state, options, "'self'");

    private static string Policy(DashboardState state, Microsoft.Extensions.Options.IOptions<DashboardOptions> options, string scripts) => string.Join("; ",
        "default-src 'none'",
        "script-src " + scripts,
        "style-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'" + (state.Mode == DashboardMode.Entra ? " " + new Uri(options.Value.Entra.Instance).GetLeftPart(UriPartial.Authority) : ""),
        "frame-ancestors " + string.Join(' ', TeamsHosts),
        "base-uri 'none'",
        "object-src 'none'");

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.Equals(TeamsConfigurePath, StringComparison.OrdinalIgnoreCase) ? configurePolicy : policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin-allow-popups";
        // Data is never cached; the static files' endpoints replace this with their own caching.
        headers.CacheControl = "no-store";

        await next(context);
    }
}
