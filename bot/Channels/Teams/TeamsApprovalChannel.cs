using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Approvals;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Approval messages in Teams, proactively: the review card to the configured channel or to each reviewer's 1:1
/// chat (found from their Entra object id among the addresses the bot stored), its replacement after the
/// decision (same activity id), reminders, the escalation, and the owner's notice in their 1:1 chat.
/// </summary>
internal sealed class TeamsApprovalChannel(
    IServiceScopeFactory scopes,
    IDbContextFactory<BotDbContext> contextFactory,
    IConversationAddressStore addresses,
    ApprovalMessages messages,
    IOptions<TeamsOptions> options) : IApprovalChannel
{
    public string Channel => ChannelIds.Teams;

    public async Task<ApprovalDelivery> DeliverAsync(ApprovalMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = message.Row;
        var isCard = row.Kind is ApprovalMessageKinds.ReviewRequest or ApprovalMessageKinds.CardUpdate;
        var activity = isCard
            ? CardActivity(message.Review, message.Culture)
            : null;
        try
        {
            // The messenger is scoped (its connector is a typed HttpClient); the sender is a singleton.
            await using var scope = scopes.CreateAsyncScope();
            var messenger = scope.ServiceProvider.GetRequiredService<ITeamsProactiveMessenger>();
            if (row.Kind == ApprovalMessageKinds.CardUpdate)
            {
                await messenger.UpdateConfiguredActivityAsync(row.ServiceUrl!, message.ReplacesConversationId!, message.ReplacesPostedId!, activity!, cancellationToken);
                return ApprovalDelivery.Delivered(message.ReplacesPostedId, message.ReplacesConversationId);
            }

            if (row.ConversationId is { Length: > 0 } conversation)
            {
                if (activity is not null)
                {
                    var posted = await messenger.PostToConfiguredConversationAsync(row.ServiceUrl!, conversation, row.TenantId, activity, cancellationToken);
                    return ApprovalDelivery.Delivered(posted.ActivityId, posted.ConversationId);
                }

                await messenger.SendToConfiguredConversationAsync(row.ServiceUrl!, conversation, row.TenantId, message.Replies, cancellationToken);
                return ApprovalDelivery.Delivered(conversationId: conversation);
            }

            var address = await AddressAsync(row, cancellationToken);
            if (address?.ServiceUrl is null)
            {
                // A reviewer who never opened the bot cannot be written to first; once they do, a retry reaches them.
                return ApprovalDelivery.RetryLater($"no Teams conversation is stored for {(row.Kind == ApprovalMessageKinds.DecisionNotice ? "the owner" : "the reviewer")}");
            }

            if (!options.Value.IsTenantAllowed(address.TenantId))
            {
                return ApprovalDelivery.Undeliverable($"Teams: the tenant {address.TenantId ?? "(none)"} is not served (Teams:AllowedTenantIds)");
            }

            if (activity is not null)
            {
                var posted = await messenger.PostAsync(address, activity, cancellationToken);
                return ApprovalDelivery.Delivered(posted.ActivityId, posted.ConversationId);
            }

            await messenger.SendAsync(address, message.Replies, cancellationToken);
            return ApprovalDelivery.Delivered();
        }
        catch (TeamsConnectorException e) when (e.Status is 403 or 404)
        {
            return ApprovalDelivery.Undeliverable($"Teams refused the message (HTTP {e.Status})");
        }
        catch (ServiceUrlRefusedException e)
        {
            return ApprovalDelivery.Undeliverable($"Teams: {e.Reason}");
        }
    }

    internal Activity CardActivity(ApprovalReview review, CultureInfo? culture = null)
    {
        var card = messages.ReviewCard(review, culture);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = TeamsApprovalCard.Posted(review, card, culture ?? Languages.English) }],
        };
    }

    /// <summary>The recipient's stored address: the owner by their Teams user id, a reviewer by their Entra object id.</summary>
    private async Task<ConversationAddress?> AddressAsync(ApprovalMessageRow row, CancellationToken cancellationToken)
    {
        if (row.RecipientId is not { Length: > 0 } recipient)
        {
            return null;
        }

        if (row.Kind == ApprovalMessageKinds.DecisionNotice)
        {
            return await addresses.FindAsync(Channel, recipient, cancellationToken);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ConversationAddresses.AsNoTracking()
            .Where(a => a.Channel == ChannelIds.Teams && a.AadObjectId == recipient)
            .OrderByDescending(a => a.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
