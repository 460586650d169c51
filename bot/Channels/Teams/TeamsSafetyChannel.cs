using PartnershipBot.Dialogs;
using PartnershipBot.Safety;

namespace PartnershipBot.Channels.Teams;

/// <summary>Safety reports to a Teams channel conversation (Safety:Contact or the compliance contact), proactively.</summary>
internal sealed class TeamsSafetyChannel(IServiceScopeFactory scopes) : ISafetyReportChannel
{
    public string Channel => ChannelIds.Teams;

    public async Task<SafetyDelivery> SendAsync(SafetyContact contact, IReadOnlyList<Reply> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        try
        {
            // The messenger is scoped (its connector is a typed HttpClient); the sender is a singleton.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ITeamsProactiveMessenger>()
                .SendToConfiguredConversationAsync(contact.ServiceUrl!, contact.ConversationId!, contact.TenantId, report, cancellationToken);
            return SafetyDelivery.Delivered;
        }
        catch (TeamsConnectorException e) when (e.Status is 403 or 404)
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, $"Teams refused the message (HTTP {e.Status})");
        }
        catch (ServiceUrlRefusedException e)
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, $"Teams: {e.Reason}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.RetryLater, $"Teams could not be reached ({e.GetType().Name})");
        }
    }
}
