using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>
/// A check a feature runs on every turn after the dialogs (the safety check reads all free text for adverse
/// events). It may add replies and effects, which commit with the turn; it never changes the dialogs' state or
/// replies, so what the user answered is stored exactly as without it. Turns calls it without knowing the feature.
/// </summary>
public interface ITurnCheck
{
    /// <param name="before">The conversation's state before the turn (where the user was: the open question).</param>
    /// <returns>What to add to the turn, or null for nothing.</returns>
    TurnAddition? Check(Turn turn, ConversationState before, TurnResult result);
}
