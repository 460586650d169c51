using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Marks the inbox row a turn came from applied, in the turn's transaction, with the replies as Slack will get
/// them (<see cref="Outbox"/>), so a crash between the save and the send resends them.
/// </summary>
internal sealed record InboxReceipt(long InboxId) : ITurnReceipt
{
    /// <summary>Renders the replies for the stored outbox; set by the turn handler, which knows the target.</summary>
    public Func<IReadOnlyList<Reply>, string>? Outbox { get; init; }

    public Task WriteAsync(TurnTransaction turn, IReadOnlyList<Reply> replies, DateTimeOffset at, CancellationToken cancellationToken) =>
        InboxStore.MarkAppliedAsync(turn, InboxId, at, Outbox?.Invoke(replies), cancellationToken);
}
