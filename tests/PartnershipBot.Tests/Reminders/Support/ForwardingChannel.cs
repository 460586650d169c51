using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;

namespace PartnershipBot.Tests.Reminders.Support;

/// <summary>Stands in for the Slack compliance channel, recording into the same log.</summary>
public sealed class ForwardingChannel(string name, RecordingReminderChannel inner) : IReminderChannel
{
    public string Channel => name;

    public Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        inner.SendToUserAsync(userId, replies, cancellationToken);

    public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        inner.SendToComplianceAsync(contact, replies, cancellationToken);
}
