using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>Sign out (a POST with the anti-forgery token, so another site cannot sign people out).</summary>
public sealed class SignOutModel(DashboardAccess access, DashboardState state) : DashboardPage(access)
{
    public IActionResult OnGet() => LocalRedirect("/dashboard");

    public IActionResult OnPost() => state.Mode == DashboardMode.Entra
        ? SignOut(new AuthenticationProperties { RedirectUri = "/dashboard/signin" }, DashboardServices.CookieScheme, DashboardServices.EntraScheme)
        : SignOut(new AuthenticationProperties { RedirectUri = "/dashboard/signin" }, DashboardServices.CookieScheme);
}
