using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PartnershipBot.Texts;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>
/// Sign-in: a link to Entra ID when it is configured; in Development without it, a marked local form (loopback
/// only, enforced for every dashboard request by <see cref="DashboardSecurity"/>).
/// </summary>
public sealed class SignInModel(DashboardAccess access, DashboardState state, IOptions<DashboardOptions> options) : DashboardPage(access)
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; } = "compliance";
    [BindProperty] public string? Accounts { get; set; }
    [BindProperty] public string? ObjectId { get; set; }

    public string? Error { get; private set; }

    public bool Failed => Request.Query["failed"] == "1";

    public DashboardMode Mode => state.Mode;

    /// <summary>Inside the Teams tab Entra cannot be framed, so the sign-in opens in its own window.</summary>
    public bool InTeams => ReturnUrl?.Contains("teams=1", StringComparison.Ordinal) == true || Request.Query["teams"] == "1";

    public string Target => DashboardEndpoints.LocalPath(ReturnUrl);

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (state.Mode != DashboardMode.LocalDevelopment)
        {
            return NotFound();
        }

        var name = DisplayName?.Trim();
        var accounts = (Accounts ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(OwnerAccount.Parse).ToList();
        var error = string.IsNullOrEmpty(name) || name.Length > 100 ? Say.DashSignInNameInvalid
            : Role is not ("compliance" or "owner") ? Say.DashSignInRoleInvalid
            : accounts.Any(a => a is null) ? Say.DashSignInAccountsInvalid
            : Role == "owner" && accounts.Count == 0 ? Say.DashSignInOwnerNeedsAccount
            : !string.IsNullOrWhiteSpace(ObjectId) && !Guid.TryParse(ObjectId.Trim(), out _) ? Say.DashSignInObjectIdInvalid
            : (PartnershipBot.Dialogs.Texts.LocalText?)null;
        Error = error?.Plain(Culture);
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var claims = new List<Claim> { new(DashboardClaims.Name, name!), new(DashboardClaims.Method, "local") };
        if (Role == "compliance")
        {
            claims.Add(new Claim(DashboardClaims.Roles, options.Value.ComplianceRole));
        }

        claims.AddRange(accounts.Select(a => new Claim(DashboardClaims.OwnerAccount, a!.ToString())));
        if (!string.IsNullOrWhiteSpace(ObjectId))
        {
            claims.Add(new Claim(DashboardClaims.ObjectId, Guid.Parse(ObjectId.Trim()).ToString()));
        }

        var identity = new ClaimsIdentity(claims, "local", DashboardClaims.Name, DashboardClaims.Roles);
        await HttpContext.SignInAsync(DashboardServices.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Target);
    }
}
