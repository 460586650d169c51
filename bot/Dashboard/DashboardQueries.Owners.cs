using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs.Flows.People;
using PartnershipBot.Turns;

namespace PartnershipBot.Dashboard;

/// <summary>Which channel accounts a signed-in person owns: their Teams accounts by Entra id, and every account linked to those.</summary>
public sealed partial class DashboardQueries
{
    public async Task<IReadOnlyList<OwnerAccount>> AccountsOfEntraUserAsync(string objectId, string tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ConversationAddresses.AsNoTracking()
            .Where(a => a.AadObjectId == objectId && a.TenantId == tenantId)
            .Select(a => new OwnerAccount(a.Channel, a.UserId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The accounts linked to any of these (one person across channels): the owner view follows the person.</summary>
    public async Task<IReadOnlyList<OwnerAccount>> WithLinkedAccountsAsync(IReadOnlyList<OwnerAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0)
        {
            return accounts;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var linked = await PersonLinks.WithLinkedAsync(db, [.. accounts.Select(a => new LinkedAccount(a.Channel, a.UserId))], cancellationToken);
        return [.. linked.Select(a => new OwnerAccount(a.Channel, a.UserId))];
    }
}
