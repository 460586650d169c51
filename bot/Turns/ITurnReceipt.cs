using PartnershipBot.Dialogs;

namespace PartnershipBot.Turns;

/// <summary>
/// What a channel writes in the turn's own transaction, after the state and before the commit: so a crash after
/// the commit finds the turn applied and its replies kept (the Slack inbox marks its row applied with the replies
/// as they will be sent). Channels own their receipts; the turn only calls them.
/// </summary>
public interface ITurnReceipt
{
    Task WriteAsync(TurnTransaction turn, IReadOnlyList<Reply> replies, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// False when the receipt only matters for a turn that changed something, so a turn that changed nothing
    /// (help, list, status) may skip it and commit nothing at all (Teams: its redelivery is simply answered again).
    /// </summary>
    bool NeededWhenNothingChanged => true;
}
