using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Reminders;

namespace PartnershipBot.Channels.Slack;

/// <summary>Reminders in Slack: conversations.open + chat.postMessage to the owner; escalations to a channel.</summary>
internal sealed class SlackReminderChannel(SlackApiClient api, SlackBlockKitRenderer renderer) : IReminderChannel
{
    // Slack errors that will not go away by trying again: the user or channel is gone, or the bot may not post.
    private static readonly HashSet<string> Permanent =
    [
        "account_inactive", "user_not_found", "user_disabled", "channel_not_found", "not_in_channel", "is_archived",
        "cannot_dm_bot", "messages_tab_disabled", "restricted_action", "token_revoked", "http_403", "http_404",
    ];

    public string Channel => ChannelIds.Slack;

    public async Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        // Owners are stored as TEAM:USER; conversations.open answers user_not_found to anything but the user id.
        ArgumentNullException.ThrowIfNull(userId);
        var open = await api.OpenConversationAsync(SlackTurnHandler.SlackUserId(userId), cancellationToken);
        if (!open.Ok || open.Get("channel", "id") is not { } channel)
        {
            return Failure(open.Error);
        }

        return await PostAsync(channel, replies, cancellationToken);
    }

    public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return PostAsync(contact.ConversationId!, replies, cancellationToken);
    }

    private async Task<DeliveryResult> PostAsync(string channel, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        // Outside a turn: the texts come localized; the chrome is English until the notices give this send the recipient's culture.
        var message = SlackMessage.Combine([.. replies.Select(r => renderer.Render(r, Languages.English))]);
        var posted = await api.PostMessageAsync(channel, message, threadTs: null, cancellationToken);
        return posted.Ok ? DeliveryResult.Delivered : Failure(posted.Error);
    }

    /// <summary>The error a reminder was marked undeliverable with when the owner's TEAM:USER key went to Slack.</summary>
    public const string UserNotFound = "Slack answered user_not_found";

    private static DeliveryResult Failure(string? error) =>
        new(Permanent.Contains(error ?? "") ? DeliveryOutcome.Undeliverable : DeliveryOutcome.RetryLater, $"Slack answered {error ?? "unknown_error"}");
}
