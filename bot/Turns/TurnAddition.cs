using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>
/// What an <see cref="ITurnCheck"/> adds: replies shown before the dialogs' own (<see cref="Replies"/>) or after
/// them (<see cref="After"/>), and effects applied with theirs.
/// </summary>
public sealed record TurnAddition(IReadOnlyList<Reply> Replies, IReadOnlyList<Effect> Effects)
{
    /// <summary>Replies that follow the dialogs' own (a line about what the turn just did, such as who reviews a submission).</summary>
    public IReadOnlyList<Reply> After { get; init; } = [];

    /// <summary>The turn's result with this added: the state is the dialogs' own, untouched.</summary>
    public TurnResult AddTo(TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with { Replies = [.. Replies, .. result.Replies, .. After], Effects = [.. result.Effects, .. Effects] };
    }
}
