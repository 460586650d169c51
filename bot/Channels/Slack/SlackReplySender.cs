using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Where a turn's replies go. A channel (a DM) gets chat.postMessage / chat.update; a response_url (slash
/// commands, clicks on ephemeral messages) gets one combined ephemeral message, because Slack allows only
/// a few posts per response_url.
/// </summary>
public sealed record SlackReplyTarget
{
    public string? Channel { get; init; }

    public string? ThreadTs { get; init; }

    public Uri? ResponseUrl { get; init; }

    /// <summary>The message a clicked action came from, for replies that replace their card.</summary>
    public string? SourceMessageTs { get; init; }

    public static SlackReplyTarget ToChannel(string channel, string? sourceMessageTs = null) =>
        new() { Channel = channel, SourceMessageTs = sourceMessageTs };

    public static SlackReplyTarget ToResponseUrl(Uri responseUrl) => new() { ResponseUrl = responseUrl };
}

public sealed class SlackReplySender(SlackApiClient api, SlackBlockKitRenderer renderer, SlackReplyTarget target) : IReplySender
{
    public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (target.Channel is not null)
        {
            await SendToChannelAsync(target.Channel, replies, cancellationToken);
        }
        else if (target.ResponseUrl is not null)
        {
            await SendToResponseUrlAsync(target.ResponseUrl, replies, cancellationToken);
        }
    }

    private async Task SendToChannelAsync(string channel, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var message = renderer.Render(reply);
            if (IsEmpty(message))
            {
                continue;
            }

            if (reply is CardReply { ReplacesOriginal: true } && target.SourceMessageTs is { } ts)
            {
                var updated = await api.UpdateAsync(channel, ts, message, cancellationToken);
                if (updated.Ok)
                {
                    continue;
                }

                // The original may be gone or too old to edit: a fresh message still shows the new state.
            }

            await api.PostMessageAsync(channel, message, target.ThreadTs, cancellationToken);
        }
    }

    private async Task SendToResponseUrlAsync(Uri responseUrl, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var replacing = replies.Where(r => r is CardReply { ReplacesOriginal: true }).Select(renderer.Render).Where(m => !IsEmpty(m)).ToList();
        var fresh = replies.Where(r => r is not CardReply { ReplacesOriginal: true }).Select(renderer.Render).Where(m => !IsEmpty(m)).ToList();
        if (replacing.Count > 0)
        {
            await api.PostToResponseUrlAsync(responseUrl, SlackMessage.Combine(replacing), replaceOriginal: true, cancellationToken);
        }

        if (fresh.Count > 0)
        {
            await api.PostToResponseUrlAsync(responseUrl, SlackMessage.Combine(fresh), replaceOriginal: false, cancellationToken);
        }
    }

    private static bool IsEmpty(SlackMessage message) => message.Blocks.Count == 0 && string.IsNullOrWhiteSpace(message.Text);
}
