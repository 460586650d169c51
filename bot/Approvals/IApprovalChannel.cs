namespace PartnershipBot.Approvals;

/// <summary>
/// Sends approval messages on one platform (<see cref="Channel"/>: "msteams", "slack"); each channel implements it
/// in its folder, Approvals owns it. A message whose platform has no implementation on this host stays pending.
/// </summary>
public interface IApprovalChannel
{
    string Channel { get; }

    /// <summary>Posts the message (or replaces the posted card, for card_update). Throwing counts as RetryLater.</summary>
    Task<ApprovalDelivery> DeliverAsync(ApprovalMessage message, CancellationToken cancellationToken);
}
