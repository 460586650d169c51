namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// The output of one pure dialog turn: what to say, the state to save, and the domain changes the host must
/// store in the same transaction as the state (the dialogs never write anywhere themselves).
/// </summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, ConversationState State, IReadOnlyList<Effect> Effects);

/// <summary>A domain change requested by a dialog, applied by the host when it saves the turn.</summary>
public abstract record Effect;
