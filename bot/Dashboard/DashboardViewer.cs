using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Dashboard;

/// <summary>A chat account that created collaborations: the channel and its user id as stored (Slack: TEAM:USER).</summary>
public sealed record OwnerAccount(string Channel, string UserId)
{
    public static OwnerAccount? Parse(string text)
    {
        var cut = text.Trim().IndexOf(':', StringComparison.Ordinal);
        return cut > 0 && cut < text.Trim().Length - 1 ? new OwnerAccount(text.Trim()[..cut], text.Trim()[(cut + 1)..]) : null;
    }

    public override string ToString() => $"{Channel}:{UserId}";
}

/// <summary>Who is looking: compliance readers see every collaboration, everyone else only those their accounts created.</summary>
/// <param name="EntraObjectId">
/// The signed-in person's Entra object id in the dashboard's tenant (the local development sign-in may give one):
/// what a configured reviewer (Approvals:Reviewers:TeamsAadObjectId) is matched by. Null: nobody's reviewer.
/// </param>
public sealed record DashboardViewer(string Name, bool IsCompliance, IReadOnlyList<OwnerAccount> Accounts, bool IsLocal, string? EntraObjectId = null);

/// <summary>The claim names the dashboard reads: Entra's short names (inbound claim mapping is off) plus two of its own.</summary>
public static class DashboardClaims
{
    public const string Name = "name";
    public const string ObjectId = "oid";
    public const string TenantId = "tid";

    /// <summary>Shown as a name only: Microsoft documents it as mutable, so it never authorises anything.</summary>
    public const string Username = "preferred_username";
    public const string Roles = "roles";
    public const string Groups = "groups";

    /// <summary>An owner account given by the local development sign-in.</summary>
    public const string OwnerAccount = "pb_owner";

    /// <summary>"local" for the development sign-in.</summary>
    public const string Method = "pb_method";
}

/// <summary>
/// Turns a signed-in principal into a <see cref="DashboardViewer"/>: role, group or user list for compliance; owner
/// accounts from the chat addresses. People are matched by Entra object id (oid) in the dashboard's own tenant (tid),
/// never by sign-in name. A principal of the other sign-in mode (a local sign-in while Entra is configured, or the
/// reverse) is nobody.
/// </summary>
public sealed class DashboardAccess(IOptions<DashboardOptions> options, DashboardQueries queries, DashboardState state)
{
    public async Task<DashboardViewer?> ViewerAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var local = principal.FindFirst(DashboardClaims.Method)?.Value == "local";
        if (local != (state.Mode == DashboardMode.LocalDevelopment))
        {
            return null;
        }

        var settings = options.Value;
        var objectId = EntraObjectId(principal, settings);
        var compliance = principal.FindAll(DashboardClaims.Roles).Any(c => string.Equals(c.Value, settings.ComplianceRole, StringComparison.Ordinal))
            || principal.FindAll(DashboardClaims.Groups).Any(c => settings.ComplianceGroups.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || (objectId is not null && settings.ComplianceUsers.Any(u => SameObjectId(u, objectId)));

        var accounts = principal.FindAll(DashboardClaims.OwnerAccount).Select(c => OwnerAccount.Parse(c.Value)).OfType<OwnerAccount>().ToList();
        if (objectId is not null)
        {
            foreach (var (key, linked) in settings.OwnerAccounts.Where(e => SameObjectId(e.Key, objectId)))
            {
                accounts.AddRange(linked.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(OwnerAccount.Parse).OfType<OwnerAccount>());
            }

            // Teams tells the bot each speaker's Entra object id and tenant; both are kept with their conversation address.
            accounts.AddRange(await queries.AccountsOfEntraUserAsync(objectId, settings.Entra.TenantId!, cancellationToken));
        }

        // A person's linked accounts (link in Teams, then in Slack) count as theirs too; the audit keeps who acted.
        var owned = await queries.WithLinkedAccountsAsync([.. accounts.Distinct()], cancellationToken);
        var name = principal.FindFirst(DashboardClaims.Name)?.Value ?? principal.FindFirst(DashboardClaims.Username)?.Value
            ?? principal.FindFirst(DashboardClaims.ObjectId)?.Value ?? "signed-in user";
        // The local sign-in has no tenant; the object id it was given lets a developer act as a configured reviewer.
        var reviewerId = local ? principal.FindFirst(DashboardClaims.ObjectId)?.Value : objectId;
        return new DashboardViewer(name, compliance, [.. owned.Distinct()], local, reviewerId);
    }

    /// <summary>Entries of ComplianceUsers and OwnerAccounts that are no object id (sign-in names from older settings): ignored.</summary>
    public static IEnumerable<string> IgnoredEntries(DashboardOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var users = settings.ComplianceUsers.Count(u => !Guid.TryParse(u, out _));
        var owners = settings.OwnerAccounts.Keys.Count(k => !Guid.TryParse(k, out _));
        if (users > 0)
        {
            yield return $"Dashboard:ComplianceUsers ({users})";
        }

        if (owners > 0)
        {
            yield return $"Dashboard:OwnerAccounts ({owners})";
        }
    }

    // The object id counts only with the tenant the dashboard signs people in to: an oid is unique within a tenant.
    private static string? EntraObjectId(ClaimsPrincipal principal, DashboardOptions settings)
    {
        var objectId = principal.FindFirst(DashboardClaims.ObjectId)?.Value;
        var tenant = principal.FindFirst(DashboardClaims.TenantId)?.Value;
        return !string.IsNullOrWhiteSpace(objectId) && !string.IsNullOrWhiteSpace(settings.Entra.TenantId)
            && string.Equals(tenant, settings.Entra.TenantId, StringComparison.OrdinalIgnoreCase)
                ? objectId
                : null;
    }

    private static bool SameObjectId(string configured, string objectId) =>
        Guid.TryParse(configured, out var a) && Guid.TryParse(objectId, out var b) ? a == b : false;
}
