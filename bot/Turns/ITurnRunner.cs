using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>The pure step of a turn, (turn, state, snapshots) -> result; the seam between the host and the dialogs.</summary>
public interface ITurnRunner
{
    TurnResult Run(Turn turn, ConversationState state, TurnInputs inputs);
}

/// <summary>Runs the bot's dialogs (<see cref="DialogRunner"/>).</summary>
public sealed class DialogTurnRunner(DialogRunner runner) : ITurnRunner
{
    public TurnResult Run(Turn turn, ConversationState state, TurnInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return runner.Run(turn, state, inputs);
    }
}
