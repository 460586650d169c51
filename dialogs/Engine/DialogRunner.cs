namespace PartnershipBot.Dialogs.Engine;

// PLACEHOLDER API (contract for the host). The engine work replaces the body; keep the public members.
public sealed class DialogRunner
{
    /// <summary>Pure: no I/O, no clock other than <see cref="Turn.Timestamp"/>.</summary>
    public TurnResult Run(Turn turn, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TurnResult([new TextReply("Hello! Type **help** to see what I can do.")], state, []);
    }
}
