using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Safety;

namespace PartnershipBot.Channels.Slack;

/// <summary>Safety reports to a Slack channel with chat.postMessage; the renderer escapes the user's text for mrkdwn.</summary>
internal sealed class SlackSafetyChannel(SlackApiClient api, SlackBlockKitRenderer renderer) : ISafetyReportChannel
{
    // Errors that trying again will not fix: the channel is gone, or the bot may not post there.
    private static readonly HashSet<string> Permanent =
        ["channel_not_found", "not_in_channel", "is_archived", "restricted_action", "token_revoked", "http_403", "http_404"];

    public string Channel => ChannelIds.Slack;

    public async Task<SafetyDelivery> SendAsync(SafetyContact contact, IReadOnlyList<Reply> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        // A report to the pharmacovigilance channel: its team works in English.
        var message = SlackMessage.Combine([.. report.Select(r => renderer.Render(r, Languages.English))]);
        var posted = await api.PostMessageAsync(contact.ConversationId!, message, threadTs: null, cancellationToken);
        return posted.Ok
            ? SafetyDelivery.Delivered
            : new SafetyDelivery(Permanent.Contains(posted.Error ?? "") ? SafetyDeliveryOutcome.Undeliverable : SafetyDeliveryOutcome.RetryLater, $"Slack answered {posted.Error ?? "unknown_error"}");
    }
}
