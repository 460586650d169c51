using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Reminders in Teams: the owner's 1:1 chat from the stored address; escalations to a channel conversation.
/// Both go through <see cref="ITeamsProactiveMessenger"/>; this class only turns its outcome into a delivery result.
/// </summary>
internal sealed class TeamsReminderChannel(IServiceScopeFactory scopes, IConversationAddressStore addresses, IOptions<TeamsOptions> options) : IReminderChannel
{
    public string Channel => ChannelIds.Teams;

    public async Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var address = await addresses.FindAsync(Channel, userId, cancellationToken);
        if (address?.ServiceUrl is null)
        {
            return new DeliveryResult(DeliveryOutcome.Undeliverable, "no Teams conversation is stored for the owner");
        }

        // The tenant rule applies to stored addresses as to new activities: a tenant removed from the list is not written to.
        if (!options.Value.IsTenantAllowed(address.TenantId))
        {
            return new DeliveryResult(DeliveryOutcome.Undeliverable, $"Teams: the owner's tenant {address.TenantId ?? "(none)"} is not served (Teams:AllowedTenantIds)");
        }

        return await SendAsync(messenger => messenger.SendAsync(address, replies, cancellationToken), cancellationToken);
    }

    public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return SendAsync(
            messenger => messenger.SendToConfiguredConversationAsync(contact.ServiceUrl!, contact.ConversationId!, contact.TenantId, replies, cancellationToken),
            cancellationToken);
    }

    // The messenger is scoped (its connector is a typed HttpClient); reminders are sent from a singleton.
    private async Task<DeliveryResult> SendAsync(Func<ITeamsProactiveMessenger, Task> send, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await send(scope.ServiceProvider.GetRequiredService<ITeamsProactiveMessenger>());
            return DeliveryResult.Delivered;
        }
        catch (TeamsConnectorException e) when (e.Status is 403 or 404)
        {
            return new DeliveryResult(DeliveryOutcome.Undeliverable, $"Teams refused the message (HTTP {e.Status})");
        }
        catch (ServiceUrlRefusedException e)
        {
            // The stored service URL no longer passes the connector host policy: nothing is sent, compliance hears.
            return new DeliveryResult(DeliveryOutcome.Undeliverable, $"Teams: {e.Reason}");
        }
        catch (TeamsConnectorException e)
        {
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"Teams answered HTTP {e.Status}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unreachable connector, a timeout, or no token from Entra: all worth another try later.
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"Teams could not be reached ({e.GetType().Name})");
        }
    }
}
