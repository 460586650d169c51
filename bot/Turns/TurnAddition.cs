using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>What an <see cref="ITurnCheck"/> adds: replies shown before the dialogs' own, and effects applied with theirs.</summary>
public sealed record TurnAddition(IReadOnlyList<Reply> Replies, IReadOnlyList<Effect> Effects)
{
    /// <summary>The turn's result with this added: the state is the dialogs' own, untouched.</summary>
    public TurnResult AddTo(TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with { Replies = [.. Replies, .. result.Replies], Effects = [.. result.Effects, .. Effects] };
    }
}
