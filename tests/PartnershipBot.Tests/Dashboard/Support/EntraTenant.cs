using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PartnershipBot.Dashboard;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// A host with the dashboard's Entra settings, given Entra's OpenID metadata directly (no network here), optionally
/// with its signing key and its token endpoint behind the handler's back channel.
/// </summary>
public static class EntraTenant
{
    public const string TenantId = "7a2b0000-1111-2222-3333-444455556666";
    public const string ClientId = "5d1c0000-aaaa-bbbb-cccc-ddddeeeeffff";
    public const string ClientSecret = "entra-secret-5c1d";
    public const string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    public const string AuthorizeEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize";

    public static BotFactory Host(IReadOnlyDictionary<string, string?>? more = null, SecurityKey? signingKey = null, HttpMessageHandler? tokenEndpoint = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "false",
            ["Dashboard:Entra:TenantId"] = TenantId,
            ["Dashboard:Entra:ClientId"] = ClientId,
            ["Dashboard:Entra:ClientSecret"] = ClientSecret,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new BotFactory(settings, services: services => services.PostConfigure<OpenIdConnectOptions>(DashboardServices.EntraScheme, o =>
        {
            var configuration = new OpenIdConnectConfiguration
            {
                Issuer = Issuer,
                AuthorizationEndpoint = AuthorizeEndpoint,
                TokenEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token",
                EndSessionEndpoint = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/logout",
            };
            if (signingKey is not null)
            {
                configuration.SigningKeys.Add(signingKey);
            }

            o.Configuration = configuration;
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            if (tokenEndpoint is not null)
            {
                o.Backchannel = new HttpClient(tokenEndpoint, disposeHandler: false);
            }
        }));
    }
}
