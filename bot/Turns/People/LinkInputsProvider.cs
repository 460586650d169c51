using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.People;

namespace PartnershipBot.Turns;

/// <summary>
/// The <see cref="LinkSnapshot"/> for the link commands only (other turns skip its queries): the person's accounts
/// and reminder channel; for <c>link</c> a fresh random code unless the hourly limit is reached; for
/// <c>link CODE</c> what the code is. The code is made here because the dialogs are pure; only its hash leaves
/// the turn (in the effect).
/// </summary>
internal sealed class LinkInputsProvider(TimeProvider clock) : ITurnInputsProvider
{
    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inputs);
        if (turn.Action is not null || !LinkCommands.IsLinkCommand(turn.Text))
        {
            return inputs;
        }

        var (channel, user) = (turn.User.Channel, turn.User.Id);
        var now = clock.GetUtcNow();
        var accounts = await PersonLinks.AccountsOfAsync(db, channel, user, cancellationToken);
        var personId = await PersonLinks.PersonOfAsync(db, channel, user, cancellationToken);
        var snapshot = new LinkSnapshot
        {
            Accounts = accounts,
            ReminderChannel = personId is { } id ? await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.ReminderChannel).FirstOrDefaultAsync(cancellationToken) : null,
        };

        if (LinkCommands.TypedCode(turn.Text) is { } typed)
        {
            snapshot = snapshot with { Code = LinkCodes.Normalize(typed) is { } code ? await LookUpAsync(db, LinkCodes.Hash(code), now, cancellationToken) : null };
        }
        else if (TypedLine.Normalize(turn.Text).Equals(LinkCommands.Link, StringComparison.OrdinalIgnoreCase))
        {
            var since = now - TimeSpan.FromHours(1);
            var recent = await db.LinkCodes.AsNoTracking().CountAsync(c => c.Channel == channel && c.UserId == user && c.CreatedAt > since, cancellationToken);
            snapshot = snapshot with
            {
                CodesLastHour = recent,
                NewCode = recent < LinkCodes.MaxPerHour ? RandomNumberGenerator.GetString(LinkCodes.Alphabet, LinkCodes.Length) : null,
            };
        }

        return inputs.With(snapshot);
    }

    private static async Task<LinkCodeLookup?> LookUpAsync(BotDbContext db, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.LinkCodes.AsNoTracking().FirstOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var owner = new LinkedAccount(row.Channel, row.UserId);
        return new LinkCodeLookup(hash, owner, row.ExpiresAt <= now, row.UsedAt is not null, await PersonLinks.AccountsOfAsync(db, row.Channel, row.UserId, cancellationToken));
    }
}
