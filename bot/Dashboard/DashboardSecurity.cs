using System.Net;

namespace PartnershipBot.Dashboard;

/// <summary>
/// Headers on every dashboard response: a CSP that allows no script (but our own files on the Teams tab's
/// configuration page) and only our own styles, frames only
/// inside Teams (the tab), no caching of data, no sniffing, no referrer. In the local development mode it also
/// refuses anyone who is not on this machine.
/// </summary>
internal sealed class DashboardSecurity(RequestDelegate next, DashboardState state, Microsoft.Extensions.Options.IOptions<DashboardOptions> options, ILogger<DashboardSecurity> logger)
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

        if (state.Mode == DashboardMode.LocalDevelopment && !IsFromThisMachine(context))
        {
            DashboardLog.NotLoopback(logger);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("The dashboard's local development sign-in works only from this machine (loopback). Configure Dashboard:Entra for real sign-in.");
            return;
        }

        await next(context);
    }

    /// <summary>
    /// A loopback client that was not forwarded: a tunnel or proxy on this machine (the kind used to try Teams or
    /// Slack locally) also connects from loopback, but says where the request came from and for which host.
    /// </summary>
    internal static bool IsFromThisMachine(HttpContext context)
    {
        var request = context.Request;
        var forwarded = request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("X-Forwarded-Host")
            || request.Headers.ContainsKey("Forwarded") || request.Headers.ContainsKey("X-Original-Host");
        var host = request.Host.Host;
        var localHost = host is "localhost" or "" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address) && !forwarded && localHost;
    }
}
