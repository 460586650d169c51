using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.People;

namespace PartnershipBot.Turns;

/// <summary>
/// Reads a chat account's person: the accounts linked to it, whether two accounts are one person, and which of
/// them a reminder should reach. An account in no link is its own person: these answer with just that account.
/// </summary>
public static class PersonLinks
{
    // Compiled: the workspace asks on every turn that reads it. One query: the accounts sharing this one's person.
    private static readonly PerProvider<Func<BotDbContext, string, string, IAsyncEnumerable<PersonAccountRow>>> AccountsQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string user) =>
            db.Set<PersonAccountRow>().AsNoTracking().Where(a => db.Set<PersonAccountRow>().Any(me =>
                me.Channel == channel && me.UserId == user && me.PersonId == a.PersonId))));

    /// <summary>The person's accounts, this one included (just this one when it is linked to none), in a stable order.</summary>
    public static async Task<IReadOnlyList<LinkedAccount>> AccountsOfAsync(BotDbContext db, string channel, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accounts = new List<LinkedAccount>();
        await foreach (var row in AccountsQuery.For(db)(db, channel, userId).WithCancellation(cancellationToken))
        {
            accounts.Add(new LinkedAccount(row.Channel, row.UserId));
        }

        return accounts.Count == 0
            ? [new LinkedAccount(channel, userId)]
            : [.. accounts.OrderBy(a => a.Channel, StringComparer.Ordinal).ThenBy(a => a.UserId, StringComparer.Ordinal)];
    }

    private static readonly PerProvider<Func<BotDbContext, string, string, CancellationToken, Task<Guid?>>> PersonQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string channel, string user, CancellationToken _) =>
            db.Set<PersonAccountRow>().AsNoTracking().Where(a => a.Channel == channel && a.UserId == user).Select(a => (Guid?)a.PersonId).FirstOrDefault()));

    /// <summary>The person id of an account, or null when it is linked to none (one compiled query: the workspace asks on every turn that reads it).</summary>
    public static Task<Guid?> PersonOfAsync(BotDbContext db, string channel, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return PersonQuery.For(db)(db, channel, userId, cancellationToken);
    }

    /// <summary>Whether the turn's user is the account (channel, userId) or linked to it: what may change its collaborations.</summary>
    public static async Task<bool> IsSamePersonAsync(BotDbContext db, Turn turn, string channel, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.User.Channel == channel && turn.User.Id == userId)
        {
            return true;
        }

        var accounts = await AccountsOfAsync(db, turn.User.Channel, turn.User.Id, cancellationToken);
        return accounts.Contains(new LinkedAccount(channel, userId));
    }

    /// <summary>
    /// The account a message for (channel, userId) should reach: of the person's accounts in a channel that can
    /// deliver, the one set with "reminders in ...", else the one whose address was updated last (where the person
    /// talked to the bot last). The account itself when it is linked to none.
    /// </summary>
    public static async Task<LinkedAccount> DeliveryAccountAsync(BotDbContext db, string channel, string userId, Func<string, bool> canDeliver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(canDeliver);
        var owner = new LinkedAccount(channel, userId);
        if (await PersonOfAsync(db, channel, userId, cancellationToken) is not { } personId)
        {
            return owner;
        }

        var accounts = await db.PersonAccounts.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        var reachable = accounts.Where(a => canDeliver(a.Channel)).Select(a => new LinkedAccount(a.Channel, a.UserId)).ToList();
        if (reachable.Count == 0)
        {
            return owner;
        }

        var chosen = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.ReminderChannel).FirstOrDefaultAsync(cancellationToken);
        if (reachable.FirstOrDefault(a => a.Channel == chosen) is { } set)
        {
            return set;
        }

        var channels = reachable.Select(a => a.Channel).ToList();
        var addresses = await db.ConversationAddresses.AsNoTracking().Where(x => channels.Contains(x.Channel)).Where(x => db.Set<PersonAccountRow>().Any(a =>
                a.PersonId == personId && a.Channel == x.Channel && a.UserId == x.UserId))
            .Select(x => new { x.Channel, x.UserId, x.UpdatedAt }).ToListAsync(cancellationToken);
        var last = addresses.OrderByDescending(x => x.UpdatedAt).FirstOrDefault();
        return last is null ? (reachable.Contains(owner) ? owner : reachable[0]) : new LinkedAccount(last.Channel, last.UserId);
    }

    /// <summary>The accounts linked to any of these (the dashboard's owner view follows the person).</summary>
    public static async Task<IReadOnlyList<LinkedAccount>> WithLinkedAsync(BotDbContext db, IReadOnlyCollection<LinkedAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(accounts);
        var result = new List<LinkedAccount>(accounts);
        foreach (var account in accounts)
        {
            foreach (var linked in await AccountsOfAsync(db, account.Channel, account.UserId, cancellationToken))
            {
                if (!result.Contains(linked))
                {
                    result.Add(linked);
                }
            }
        }

        return result;
    }
}
