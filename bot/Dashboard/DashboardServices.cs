using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace PartnershipBot.Dashboard;

/// <summary>
/// The compliance workspace: Razor Pages under /dashboard, its exports, and its sign-in (Entra ID through OpenID
/// Connect when configured; a loopback-only local sign-in in Development; otherwise off).
/// </summary>
public static class DashboardServices
{
    public const string CookieScheme = "Dashboard";
    public const string EntraScheme = "DashboardEntra";
    public const string Policy = "Dashboard";

    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());
        var options = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var mode = DashboardModes.Decide(options, environment);
        services.AddSingleton(new DashboardState(mode));
        services.AddHostedService<DashboardStartupReport>();
        if (mode == DashboardMode.Off)
        {
            return services;
        }

        var protection = services.AddDataProtection().SetApplicationName("PartnershipBot");
        if (!string.IsNullOrWhiteSpace(options.KeysPath))
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(options.KeysPath));
        }

        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<DashboardAccess>();
        var entra = mode == DashboardMode.Entra;
        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieScheme;
            o.DefaultChallengeScheme = CookieScheme;
        });
        authentication.AddCookie(CookieScheme, o =>
        {
            // Each mode its own cookie name and protection purpose, so with a shared key folder a local sign-in
            // made on a developer's machine is not a sign-in on the Entra deployment (nor the reverse).
            o.Cookie.Name = entra ? "pb_dashboard" : "pb_dashboard_local";
            o.Cookie.Path = DashboardSecurity.PathPrefix;
            o.Cookie.HttpOnly = true;

            // Inside the Teams tab the dashboard is a third-party frame: its cookie must be SameSite=None (so Secure).
            o.Cookie.SameSite = entra ? SameSiteMode.None : SameSiteMode.Lax;
            o.Cookie.SecurePolicy = entra ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/dashboard/signin";
            o.LogoutPath = "/dashboard/signout";
            o.AccessDeniedPath = "/dashboard/signin";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // And whatever a cookie holds, a principal of the other mode is refused.
            o.Events.OnValidatePrincipal = context =>
            {
                if (context.Principal?.FindFirst(DashboardClaims.Method)?.Value == "local" != !entra)
                {
                    context.RejectPrincipal();
                }

                return Task.CompletedTask;
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IDataProtectionProvider>((o, provider) =>
            o.TicketDataFormat = new TicketDataFormat(provider.CreateProtector("PartnershipBot.Dashboard.SignIn", entra ? "entra" : "local-development")));
        if (entra)
        {
            authentication.AddOpenIdConnect(EntraScheme, o =>
            {
                o.Authority = options.Entra.Authority;
                o.ClientId = options.Entra.ClientId;
                o.ClientSecret = options.Entra.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = CookieScheme;
                o.CallbackPath = "/dashboard/signin-oidc";
                o.SignedOutCallbackPath = "/dashboard/signout-callback-oidc";
                o.SignedOutRedirectUri = "/dashboard/signin";

                // Keep Entra's short claim names (oid, roles, groups, preferred_username).
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = DashboardClaims.Name;
                o.TokenValidationParameters.RoleClaimType = DashboardClaims.Roles;
                o.SaveTokens = false;

                // A failed or refused sign-in goes back to the sign-in page with a message, never to an error page.
                o.Events.OnRemoteFailure = context =>
                {
                    DashboardLog.SignInFailed(context.HttpContext.RequestServices.GetRequiredService<ILogger<DashboardState>>(), context.Failure?.GetType().Name ?? "unknown");
                    context.Response.Redirect("/dashboard/signin?failed=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pb_dashboard_af";
            o.Cookie.Path = DashboardSecurity.PathPrefix;
            o.Cookie.SameSite = entra ? SameSiteMode.None : SameSiteMode.Strict;
            o.Cookie.SecurePolicy = entra ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // German and French pages: write ä, é, ’ as themselves rather than as &#xE4; (HTML's own characters stay encoded).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Dashboard/Pages";
            o.Conventions.AuthorizeFolder("/", Policy);
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/TeamsConfigure");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<DashboardState>().Mode == DashboardMode.Off)
        {
            return endpoints;
        }

        if (endpoints is IApplicationBuilder app)
        {
            // WebApplication runs these between routing and the endpoints, wherever they are added.
            app.UseMiddleware<DashboardSecurity>();
            app.UseDashboardLanguage();
            app.UseAuthentication();
            app.UseAuthorization();
        }

        endpoints.MapRazorPages();
        DashboardEndpoints.Map(endpoints);
        DocumentEndpoints.Map(endpoints);
        return endpoints;
    }
}
