using System.Net;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dashboard;

namespace PartnershipBot.Hosting;

/// <summary>
/// Anonymous Teams mode (/api/messages without an app id) and the dashboard's local development sign-in serve only
/// this machine. Checked first in the pipeline, before the forwarded-headers middleware
/// (ASPNETCORE_FORWARDEDHEADERS_ENABLED) can replace the client address with whatever X-Forwarded-For says, so the
/// addresses read here are the socket's own: the peer and the listener must both be loopback. A tunnel or proxy on
/// this machine also connects from loopback, so a request that says it was forwarded, or names a host other than
/// this machine, is refused too. Refusals answer 403 and log one line.
/// </summary>
internal sealed class LocalOnlyGate(TeamsRuntime teams, DashboardState dashboard, ILogger<LocalOnlyGate> logger) : IStartupFilter
{
    private static readonly string[] ForwardingHeaders =
        ["X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded", "X-Original-Host", "X-Original-For", "X-Real-IP"];

    /// <summary>Registered ahead of every other startup filter (the framework's forwarded-headers one included).</summary>
    public static void AddFirst(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, LocalOnlyGate>());
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (Area(context.Request.Path) is { } area && Refusal(context) is { } reason)
            {
                HostingLog.NotFromThisMachine(logger, area, reason);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await (area == TeamsArea
                    ? context.Response.WriteAsJsonAsync(new { error = "Anonymous Teams mode serves only this machine (loopback). Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams." })
                    : context.Response.WriteAsync("The dashboard's local development sign-in works only from this machine (loopback). Configure Dashboard:Entra for real sign-in."));
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    private const string TeamsArea = "Anonymous Teams mode";

    private string? Area(PathString path) =>
        teams.Mode == TeamsMode.Anonymous && path.StartsWithSegments(TeamsEndpoint.Path, StringComparison.OrdinalIgnoreCase) ? TeamsArea
        : dashboard.Mode == DashboardMode.LocalDevelopment && path.StartsWithSegments(DashboardSecurity.PathPrefix, StringComparison.OrdinalIgnoreCase) ? "The dashboard's local sign-in"
        : null;

    /// <summary>Null for a request from this machine, else why not (no addresses: they are personal data).</summary>
    internal static string? Refusal(HttpContext context)
    {
        var connection = context.Connection;
        if (connection.RemoteIpAddress is not { } peer || !IPAddress.IsLoopback(peer))
        {
            return "the client is not on this machine";
        }

        if (connection.LocalIpAddress is not { } listener || !IPAddress.IsLoopback(listener))
        {
            return "the listener is not a loopback address";
        }

        if (ForwardingHeaders.Any(context.Request.Headers.ContainsKey))
        {
            return "a proxy or tunnel forwarded it";
        }

        var host = context.Request.Host.Host;
        return host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var named) && IPAddress.IsLoopback(named))
            ? null
            : "it names a host other than this machine";
    }
}
