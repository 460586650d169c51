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

/// <summary>A turn's replies rendered for Slack, with where they go: what is sent, and resent after a crash.</summary>
public sealed record SlackOutbox(SlackReplyTarget Target, IReadOnlyList<SlackOutgoing> Messages);

/// <summary>One rendered reply; <see cref="ReplacesOriginal"/> for a card that replaces the one clicked.</summary>
public sealed record SlackOutgoing(SlackMessage Message, bool ReplacesOriginal);

public sealed class SlackReplySender(SlackApiClient api, SlackBlockKitRenderer renderer, SlackReplyTarget target) : IReplySender
{
    public SlackOutbox Render(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return new SlackOutbox(target, [.. replies
            .Select(r => new SlackOutgoing(renderer.Render(r), r is CardReply { ReplacesOriginal: true }))
            .Where(o => !IsEmpty(o.Message))]);
    }

    public Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken) => SendAsync(api, Render(replies), cancellationToken);

    public static async Task SendAsync(SlackApiClient api, SlackOutbox outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(outbox);
        if (outbox.Target.Channel is not null)
        {
            await SendToChannelAsync(api, outbox.Target, outbox.Messages, cancellationToken);
        }
        else if (outbox.Target.ResponseUrl is not null)
        {
            await SendToResponseUrlAsync(api, outbox.Target.ResponseUrl, outbox.Messages, cancellationToken);
        }
    }

    private static async Task SendToChannelAsync(SlackApiClient api, SlackReplyTarget target, IReadOnlyList<SlackOutgoing> messages, CancellationToken cancellationToken)
    {
        var channel = target.Channel!;
        foreach (var (message, replacesOriginal) in messages)
        {
            if (replacesOriginal && target.SourceMessageTs is { } ts)
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

    private static async Task SendToResponseUrlAsync(SlackApiClient api, Uri responseUrl, IReadOnlyList<SlackOutgoing> messages, CancellationToken cancellationToken)
    {
        var replacing = messages.Where(m => m.ReplacesOriginal).Select(m => m.Message).ToList();
        var fresh = messages.Where(m => !m.ReplacesOriginal).Select(m => m.Message).ToList();
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
