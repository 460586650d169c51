using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Storage;

namespace PartnershipBot.Reminders;

/// <summary>Reminders in Teams: the owner's 1:1 chat from the stored address; escalations to a channel conversation.</summary>
internal sealed class TeamsReminderChannel(IServiceScopeFactory scopes, IConversationAddressStore addresses, TrustedServiceUrls trusted) : IReminderChannel
{
    public string Channel => TeamsTurnMapper.Channel;

    public async Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var address = await addresses.FindAsync(Channel, userId, cancellationToken);
        if (address?.ServiceUrl is null)
        {
            return new DeliveryResult(DeliveryOutcome.Undeliverable, "no Teams conversation is stored for the owner");
        }

        await using var scope = scopes.CreateAsyncScope();
        var messenger = scope.ServiceProvider.GetRequiredService<ITeamsProactiveMessenger>();
        return await SendAsync(() => messenger.SendAsync(address, replies, cancellationToken), cancellationToken);
    }

    public async Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var serviceUrl = contact.ServiceUrl!;
        var conversationId = contact.ConversationId!;

        // The compliance channel's service URL comes from the operator's configuration, not from a caller.
        trusted.Trust(serviceUrl);
        await using var scope = scopes.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<ITeamsConnector>();
        return await SendAsync(async () =>
        {
            foreach (var reply in replies)
            {
                var activity = TeamsActivityRenderer.Render(reply);
                activity.Conversation = new ConversationAccount { Id = conversationId, TenantId = contact.TenantId };
                await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
            }
        }, cancellationToken);
    }

    private static async Task<DeliveryResult> SendAsync(Func<Task> send, CancellationToken cancellationToken)
    {
        try
        {
            await send();
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
