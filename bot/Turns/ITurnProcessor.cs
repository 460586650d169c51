using System.Globalization;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Turns;

/// <summary>
/// Runs one turn: load conversation state (ETag) -> DialogRunner -> save (ETag) -> send replies.
/// Replies go to <paramref name="sender"/> only after the state is saved; they are also returned so a
/// channel that answers in the HTTP response (Teams invoke, Slack ack) can use them.
/// </summary>
public interface ITurnProcessor
{
    /// <param name="delivery">
    /// The user's address (recorded with the user once per turn, here, so no channel records them itself), the
    /// delivery id that makes a redelivered turn run once, and the inbox row it came from.
    /// </param>
    /// <returns>The replies; none when the delivery was a repeat of one already applied.</returns>
    Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, TurnDelivery delivery, CancellationToken cancellationToken);
}

public static class TurnProcessorExtensions
{
    /// <summary>A turn from a channel that stores no address and never redelivers.</summary>
    public static Task<IReadOnlyList<Reply>> ProcessAsync(this ITurnProcessor processor, Turn turn, IReplySender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return processor.ProcessAsync(turn, sender, TurnDelivery.None, cancellationToken);
    }
}

/// <summary>Delivers a turn's replies on the channel the turn came from.</summary>
public interface IReplySender
{
    Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken);

    /// <summary>
    /// The turn's culture (<see cref="Turn.Culture"/>, with the person's own choice), told before the replies are
    /// rendered (for the stored outbox inside the turn's transaction, or for the send): the chrome a channel adds
    /// itself (button titles, labels, modal titles) follows it. A sender that adds none ignores it.
    /// </summary>
    void UseCulture(CultureInfo culture)
    {
    }
}
