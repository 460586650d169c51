using PartnershipBot.Dialogs;

namespace PartnershipBot.Safety;

/// <summary>
/// Delivers a report to a contact on one platform: <see cref="Channel"/> is "msteams", "slack" (implemented by
/// each channel in its folder) or "email" (<see cref="SafetyEmailChannel"/>, here). Safety owns the interface.
/// </summary>
public interface ISafetyReportChannel
{
    string Channel { get; }

    Task<SafetyDelivery> SendAsync(SafetyContact contact, IReadOnlyList<Reply> report, CancellationToken cancellationToken);
}
