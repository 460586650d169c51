using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>
/// Loads a read-only snapshot the dialogs need for a turn (for example the user's collaborations) before the
/// pure runner runs. Called on every attempt, after the state load, so a rerun after an ETag conflict sees fresh
/// data. Must not write: whatever a turn changes travels back as an effect. Owned by Storage, like
/// <see cref="IEffectHandler"/>, so providers in Storage and Reminders need no reference to Turns.
/// </summary>
public interface ITurnInputsProvider
{
    Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken);
}
