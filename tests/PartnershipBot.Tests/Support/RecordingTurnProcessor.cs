using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Support;

/// <summary>Hands every Turn a channel produces to <paramref name="record"/>, then runs it on <paramref name="inner"/>.</summary>
public sealed class RecordingTurnProcessor(ITurnProcessor inner, Action<Turn> record) : ITurnProcessor
{
    public Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        record(turn);
        return inner.ProcessAsync(turn, sender, delivery, cancellationToken);
    }
}

/// <summary>
/// Answers each turn with the script's replies, so a channel's own behaviour (rendering, refresh cards, number
/// shortcuts) is tested independently of what the dialogs say today.
/// </summary>
public sealed class ScriptedTurnProcessor(Func<Turn, IReadOnlyList<Reply>> script) : ITurnProcessor
{
    public async Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        var replies = script(turn);
        await sender.SendAsync(replies, cancellationToken);
        return replies;
    }
}
