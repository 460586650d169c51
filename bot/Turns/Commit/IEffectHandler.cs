using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>
/// Applies one kind of <see cref="Effect"/> to the database. It only stages changes on <paramref name="db"/>:
/// the TurnProcessor saves them in the same SaveChanges as the conversation state, so a turn's effects and its
/// state commit together or not at all (and a lost ETag race discards both and reruns the turn).
/// Storage owns this contract (the TurnProcessor only calls it), so handlers in Storage and Reminders need no
/// reference to Turns.
/// </summary>
public interface IEffectHandler
{
    bool CanHandle(Effect effect);

    Task ApplyAsync(Effect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken);
}

/// <summary>Convenience base for a handler of a single effect type.</summary>
public abstract class EffectHandler<TEffect> : IEffectHandler
    where TEffect : Effect
{
    public bool CanHandle(Effect effect) => effect is TEffect;

    public Task ApplyAsync(Effect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken) =>
        ApplyAsync((TEffect)effect, turn, db, cancellationToken);

    protected abstract Task ApplyAsync(TEffect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken);
}
