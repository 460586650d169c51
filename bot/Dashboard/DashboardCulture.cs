using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dashboard;

/// <summary>
/// The dashboard's language: ASP.NET Core request localization over English, German and French, from (in order) a
/// <c>?lang=</c> switch, the cookie that switch sets, and the browser's <c>Accept-Language</c>; English otherwise.
/// Only /dashboard requests get it, so the bot's endpoints keep the server's culture untouched. Pages read the
/// culture through <see cref="Of"/> and pass it to every text and date; exports stay English and invariant.
/// </summary>
public static class DashboardCulture
{
    public const string QueryKey = "lang";

    public const string CookieName = "pb_dashboard_lang";

    /// <summary>The viewer's culture for this request (English outside the dashboard's pipeline).</summary>
    public static CultureInfo Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Languages.For(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name);
    }

    /// <summary>This page's address with the language switched (other query values kept).</summary>
    public static string SwitchTo(HttpContext context, CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(language);
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value)
            .Where(kv => !string.Equals(kv.Key, QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryKey, Languages.Code(language)));
        return QueryHelpers.AddQueryString(context.Request.PathBase + context.Request.Path, query);
    }

    /// <summary>Request localization for /dashboard; a valid <c>?lang=</c> is remembered in a cookie for the next pages.</summary>
    public static void UseDashboardLanguage(this IApplicationBuilder app)
    {
        var cultures = Languages.All.ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages.English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        };
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(DashboardSecurity.PathPrefix, StringComparison.OrdinalIgnoreCase),
            dashboard => dashboard.UseRequestLocalization(options).Use(async (context, next) =>
            {
                if (context.Request.Query[QueryKey] is [{ } asked] && Languages.Named(asked) is { } chosen)
                {
                    var culture = new RequestCulture(chosen);
                    context.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(culture), new CookieOptions
                    {
                        Path = DashboardSecurity.PathPrefix,
                        HttpOnly = true,
                        IsEssential = true,

                        // Inside the Teams tab (HTTPS, a third-party frame) only a SameSite=None cookie comes back.
                        SameSite = context.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                        MaxAge = TimeSpan.FromDays(365),
                    });
                }

                await next(context);
            }));
    }
}
