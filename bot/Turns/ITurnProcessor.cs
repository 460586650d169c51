using PartnershipBot.Dialogs;

namespace PartnershipBot.Turns;

/// <summary>
/// Runs one turn: load conversation state (ETag) -> DialogRunner -> save (ETag) -> send replies.
/// Replies go to <paramref name="sender"/> only after the state is saved; they are also returned so a
/// channel that answers in the HTTP response (Teams invoke, Slack ack) can use them.
/// </summary>
public interface ITurnProcessor
{
    Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, CancellationToken cancellationToken);
}

/// <summary>Delivers a turn's replies on the channel the turn came from.</summary>
public interface IReplySender
{
    Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
