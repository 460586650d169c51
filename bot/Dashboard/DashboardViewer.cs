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
public sealed record DashboardViewer(string Name, bool IsCompliance, IReadOnlyList<OwnerAccount> Accounts, bool IsLocal)
{
    public bool Owns(string channel, string userId) => Accounts.Any(a => a.Channel == channel && a.UserId == userId);
}

/// <summary>The claim names the dashboard reads: Entra's short names (inbound claim mapping is off) plus two of its own.</summary>
public static class DashboardClaims
{
    public const string Name = "name";
    public const string ObjectId = "oid";
    public const string Username = "preferred_username";
    public const string Roles = "roles";
    public const string Groups = "groups";

    /// <summary>An owner account given by the local development sign-in.</summary>
    public const string OwnerAccount = "pb_owner";

    /// <summary>"local" for the development sign-in.</summary>
    public const string Method = "pb_method";
}

/// <summary>Turns a signed-in principal into a <see cref="DashboardViewer"/>: role, group or user list for compliance; owner accounts from the chat addresses.</summary>
public sealed class DashboardAccess(IOptions<DashboardOptions> options, DashboardQueries queries)
{
    public async Task<DashboardViewer?> ViewerAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var settings = options.Value;
        var objectId = principal.FindFirst(DashboardClaims.ObjectId)?.Value;
        var username = principal.FindFirst(DashboardClaims.Username)?.Value;
        var ids = new[] { objectId, username }.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!).ToList();
        var compliance = principal.FindAll(DashboardClaims.Roles).Any(c => string.Equals(c.Value, settings.ComplianceRole, StringComparison.Ordinal))
            || principal.FindAll(DashboardClaims.Groups).Any(c => settings.ComplianceGroups.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || ids.Any(i => settings.ComplianceUsers.Contains(i, StringComparer.OrdinalIgnoreCase));

        var accounts = principal.FindAll(DashboardClaims.OwnerAccount).Select(c => OwnerAccount.Parse(c.Value)).OfType<OwnerAccount>().ToList();
        foreach (var id in ids)
        {
            if (settings.OwnerAccounts.TryGetValue(id, out var linked))
            {
                accounts.AddRange(linked.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(OwnerAccount.Parse).OfType<OwnerAccount>());
            }
        }

        if (!string.IsNullOrWhiteSpace(objectId))
        {
            // Teams tells the bot each speaker's Entra object id; it is kept with their conversation address.
            accounts.AddRange(await queries.AccountsOfEntraUserAsync(objectId, cancellationToken));
        }

        var name = principal.FindFirst(DashboardClaims.Name)?.Value ?? username ?? objectId ?? "signed-in user";
        var local = principal.FindFirst(DashboardClaims.Method)?.Value == "local";
        return new DashboardViewer(name, compliance, [.. accounts.Distinct()], local);
    }
}
