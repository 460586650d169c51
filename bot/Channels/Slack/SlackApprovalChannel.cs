using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Approval messages in Slack. The review request is the Block Kit review card, posted to the configured channel
/// or to each reviewer's DM (conversations.open with the user id of their TEAM:USER); its channel and ts are kept,
/// so after a decision the card update is a chat.update of that very message (status, who decided, no buttons)
/// that everyone in the channel sees. Reminders, escalations and the owner's decision notice (with its Edit
/// button, which runs edit in the owner's DM) are the core's replies through the ordinary renderer.
/// </summary>
internal sealed class SlackApprovalChannel(SlackApiClient api, SlackBlockKitRenderer renderer, SlackApprovalBlocks cards, IServiceScopeFactory scopes, ILogger<SlackApprovalChannel> logger) : IApprovalChannel
{
    // Errors that trying again will not fix: the user or channel is gone, the bot may not post, or the message to
    // update no longer exists.
    private static readonly HashSet<string> Permanent =
    [
        "account_inactive", "user_not_found", "user_disabled", "channel_not_found", "not_in_channel", "is_archived",
        "cannot_dm_bot", "messages_tab_disabled", "restricted_action", "token_revoked", "http_403", "http_404",
        "message_not_found", "cant_update_message", "edit_window_closed",
    ];

    public string Channel => ChannelIds.Slack;

    public async Task<ApprovalDelivery> DeliverAsync(ApprovalMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = message.Row;

        // Outside a turn, to the review channel or a person: the message carries the recipient's culture (a shared
        // review channel's is English).
        var rendered = row.Kind is ApprovalMessageKinds.ReviewRequest or ApprovalMessageKinds.CardUpdate
            ? cards.Render(message.Review, message.Culture)
            : SlackMessage.Combine([.. message.Replies.Select(r => renderer.Render(r, message.Culture))]);

        if (row.Kind == ApprovalMessageKinds.CardUpdate)
        {
            if (message.ReplacesPostedId is not { } ts || message.ReplacesConversationId is not { } posted)
            {
                return ApprovalDelivery.Undeliverable("no posted Slack message to update");
            }

            var updated = await api.UpdateAsync(posted, ts, rendered, cancellationToken);
            return updated.Ok ? ApprovalDelivery.Delivered(ts, posted) : Failure(updated.Error);
        }

        var channel = row.ConversationId;
        if (channel is null)
        {
            if (string.IsNullOrWhiteSpace(row.RecipientId))
            {
                return ApprovalDelivery.Undeliverable("no Slack channel or recipient");
            }

            // Recipients are TEAM:USER; conversations.open knows only the user id.
            var open = await api.OpenConversationAsync(SlackTurnHandler.SlackUserId(row.RecipientId), cancellationToken);
            if (!open.Ok || open.Get("channel", "id") is not { } dm)
            {
                return Failure(open.Error);
            }

            channel = dm;
        }

        var sent = await api.PostMessageAsync(channel, rendered, threadTs: null, cancellationToken);
        if (sent.Ok && row.Kind == ApprovalMessageKinds.DecisionNotice && row.RecipientId is { } owner)
        {
            await RefreshHomeAsync(owner, cancellationToken);
        }

        return sent.Ok ? ApprovalDelivery.Delivered(sent.Get("ts"), sent.Get("channel") ?? channel) : Failure(sent.Error);
    }

    /// <summary>The owner's Home tab shows the review status: republished (if they look at it) once the decision is told.</summary>
    private async Task RefreshHomeAsync(string ownerKey, CancellationToken cancellationToken)
    {
        var colon = ownerKey.LastIndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SlackHome>().RefreshAsync(ownerKey[..colon], ownerKey[(colon + 1)..], cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The notice is delivered; a stale Home tab must not make the sender send it again.
            SlackLog.HomeNotPublished(logger, e.GetType().Name);
        }
    }

    private static ApprovalDelivery Failure(string? error)
    {
        var text = $"Slack answered {error ?? "unknown_error"}";
        return Permanent.Contains(error ?? "") ? ApprovalDelivery.Undeliverable(text) : ApprovalDelivery.RetryLater(text);
    }
}
