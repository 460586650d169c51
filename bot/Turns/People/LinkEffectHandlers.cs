using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.People;

namespace PartnershipBot.Turns;

/// <summary>Stores a new link code by its hash, valid for <see cref="LinkCodes.Lifetime"/> from now.</summary>
internal sealed class CreateLinkCodeHandler(TimeProvider clock) : EffectHandler<CreateLinkCode>
{
    protected override Task ApplyAsync(CreateLinkCode effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.LinkCodes.Add(new LinkCodeRow { CodeHash = effect.CodeHash, Channel = turn.User.Channel, UserId = turn.User.Id, CreatedAt = now, ExpiresAt = now + LinkCodes.Lifetime });
        db.LinkEvents.Add(new LinkEventRow { Action = "link.created", ActorId = ActorIds.Of(turn), At = now });
        return Task.CompletedTask;
    }
}

/// <summary>
/// Spends the code and puts the turn's account into the person of the account that made it (creating that
/// person when it had none). The spend is one conditional UPDATE: of two turns typing the same code at once
/// (two instances), the second waits for the first's commit, updates nothing, and its turn reruns to be told the
/// code was used. What the dialogs checked is checked again here for the same reason.
/// </summary>
internal sealed class JoinLinkHandler(TimeProvider clock) : EffectHandler<JoinLink>
{
    protected override async Task ApplyAsync(JoinLink effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var me = ActorIds.Of(turn);
        var spent = await db.LinkCodes
            .Where(c => c.CodeHash == effect.CodeHash && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now).SetProperty(c => c.UsedById, me), cancellationToken);
        if (spent == 0)
        {
            throw new EffectConflictException("The link code was spent or expired since the turn read it.");
        }

        var code = await db.LinkCodes.AsNoTracking().SingleAsync(c => c.CodeHash == effect.CodeHash, cancellationToken);
        var mine = await PersonLinks.AccountsOfAsync(db, turn.User.Channel, turn.User.Id, cancellationToken);
        var theirs = await PersonLinks.AccountsOfAsync(db, code.Channel, code.UserId, cancellationToken);
        if (mine.Count > 1 || theirs.Any(a => a.Channel == turn.User.Channel))
        {
            throw new EffectConflictException("The accounts were linked elsewhere since the turn read them.");
        }

        var personId = await PersonLinks.PersonOfAsync(db, code.Channel, code.UserId, cancellationToken);
        if (personId is null)
        {
            personId = Guid.NewGuid();
            db.People.Add(new PersonRow { Id = personId.Value, CreatedAt = now });
            db.PersonAccounts.Add(new PersonAccountRow { Channel = code.Channel, UserId = code.UserId, PersonId = personId.Value, LinkedAt = now });
        }

        db.PersonAccounts.Add(new PersonAccountRow { Channel = turn.User.Channel, UserId = turn.User.Id, PersonId = personId.Value, LinkedAt = now });
        db.LinkEvents.Add(new LinkEventRow { Action = "link.joined", ActorId = me, PersonId = personId, OtherId = $"{code.Channel}:{code.UserId}", At = now });
    }
}

/// <summary>
/// Takes the turn's account out of its person. Its collaborations stay with it (they belong to the account that
/// created them); a person left with one account is dissolved, so that account is its own person again.
/// </summary>
internal sealed class UnlinkHandler(TimeProvider clock) : EffectHandler<Unlink>
{
    protected override async Task ApplyAsync(Unlink effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.PersonAccounts.FindAsync([turn.User.Channel, turn.User.Id], cancellationToken);
        if (row is null)
        {
            return;
        }

        db.PersonAccounts.Remove(row);
        var rest = await db.PersonAccounts.Where(a => a.PersonId == row.PersonId && !(a.Channel == row.Channel && a.UserId == row.UserId)).ToListAsync(cancellationToken);
        if (rest.Count <= 1)
        {
            db.PersonAccounts.RemoveRange(rest);
            if (await db.People.FindAsync([row.PersonId], cancellationToken) is { } person)
            {
                db.People.Remove(person);
            }
        }

        db.LinkEvents.Add(new LinkEventRow { Action = "link.removed", ActorId = ActorIds.Of(turn), PersonId = row.PersonId, At = clock.GetUtcNow() });
    }
}

/// <summary>"reminders in ...": the person's reminder channel.</summary>
internal sealed class SetReminderChannelHandler : EffectHandler<SetReminderChannel>
{
    protected override async Task ApplyAsync(SetReminderChannel effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        if (await PersonLinks.PersonOfAsync(db, turn.User.Channel, turn.User.Id, cancellationToken) is { } personId
            && await db.People.FindAsync([personId], cancellationToken) is { } person)
        {
            person.ReminderChannel = effect.Channel;
        }
    }
}
