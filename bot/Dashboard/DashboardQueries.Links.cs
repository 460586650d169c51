using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs.Flows.People;
using PartnershipBot.Turns;

namespace PartnershipBot.Dashboard;

/// <summary>The link audit trail (link_events) of a person's accounts, for the owner view and a collaboration's creator.</summary>
public sealed partial class DashboardQueries
{
    /// <summary>The most link events a page lists (a person links a handful of times; the rest stays in the table).</summary>
    public const int MaxLinkEvents = 50;

    // Only linking and unlinking are shown: link.created (a code was asked for) changes nothing anyone owns.
    private static readonly string[] ShownLinkActions = ["link.joined", "link.removed"];

    /// <summary>
    /// The accounts linked to any of <paramref name="accounts"/> now, and the joins and removals that concern them:
    /// those an account of theirs typed or was joined to, and every event of a person they belong to or belonged to
    /// (so the other account's unlink shows after the person was dissolved). Another person's later links of an
    /// account that left are not theirs and are not shown.
    /// </summary>
    public async Task<LinkHistory> LinkHistoryAsync(IReadOnlyCollection<OwnerAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0)
        {
            return LinkHistory.None;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var linked = await PersonLinks.WithLinkedAsync(db, [.. accounts.Select(a => new LinkedAccount(a.Channel, a.UserId))], cancellationToken);
        var ids = linked.Select(a => $"{a.Channel}:{a.UserId}").ToList();
        var people = new HashSet<Guid>();
        foreach (var account in linked)
        {
            if (await PersonLinks.PersonOfAsync(db, account.Channel, account.UserId, cancellationToken) is { } person)
            {
                people.Add(person);
            }
        }

        var direct = await db.LinkEvents.AsNoTracking()
            .Where(e => ShownLinkActions.Contains(e.Action) && e.PersonId != null && (ids.Contains(e.ActorId) || (e.OtherId != null && ids.Contains(e.OtherId))))
            .Select(e => e.PersonId!.Value).Distinct().ToListAsync(cancellationToken);
        people.UnionWith(direct);
        var personIds = people.ToList();

        // Newest first by id (rows are appended as they happen; SQLite cannot order by a DateTimeOffset).
        var rows = await db.LinkEvents.AsNoTracking()
            .Where(e => ShownLinkActions.Contains(e.Action) && (ids.Contains(e.ActorId) || (e.OtherId != null && ids.Contains(e.OtherId))
                || (e.PersonId != null && personIds.Contains(e.PersonId.Value))))
            .OrderByDescending(e => e.Id).Take(MaxLinkEvents).ToListAsync(cancellationToken);

        var named = await NamesAsync(db, [.. ids, .. rows.Select(e => e.ActorId), .. rows.Select(e => e.OtherId).OfType<string>()], cancellationToken);
        LinkAccountView View(string id) => new(id, named.GetValueOrDefault(id));
        return new LinkHistory(
            [.. ids.Order(StringComparer.Ordinal).Select(View)],
            [.. rows.Select(e => new LinkEventView(e.At, e.Action == "link.joined", View(e.ActorId), e.OtherId is null ? null : View(e.OtherId), View(e.ActorId)))]);
    }

    /// <summary>The display names the channels last gave these accounts (<c>channel:userId</c>), where known.</summary>
    private static async Task<Dictionary<string, string>> NamesAsync(Data.BotDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).Select(OwnerAccount.Parse).OfType<OwnerAccount>().ToList();
        var channels = wanted.Select(a => a.Channel).Distinct().ToList();
        var users = wanted.Select(a => a.UserId).Distinct().ToList();
        var rows = await db.Users.AsNoTracking().Where(u => channels.Contains(u.Channel) && users.Contains(u.UserId) && u.DisplayName != null)
            .Select(u => new { u.Channel, u.UserId, u.DisplayName }).ToListAsync(cancellationToken);
        return rows.Select(u => (Id: $"{u.Channel}:{u.UserId}", Name: u.DisplayName!))
            .Where(u => ids.Contains(u.Id))
            .DistinctBy(u => u.Id, StringComparer.Ordinal)
            .ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
    }
}
