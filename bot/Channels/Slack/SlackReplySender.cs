using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;
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

    /// <summary>The turn's conversation: its posted question cards are kept under it, and only its own are updated.</summary>
    public string? CardScope { get; init; }

    public static SlackReplyTarget ToChannel(string channel, string? sourceMessageTs = null) =>
        new() { Channel = channel, SourceMessageTs = sourceMessageTs };

    public static SlackReplyTarget ToResponseUrl(Uri responseUrl) => new() { ResponseUrl = responseUrl };
}

/// <summary>A turn's replies rendered for Slack, with where they go: what is sent, and resent after a crash.</summary>
public sealed record SlackOutbox(SlackReplyTarget Target, IReadOnlyList<SlackOutgoing> Messages);

/// <summary>
/// One rendered reply; <see cref="ReplacesOriginal"/> for a card that replaces the one clicked. <see cref="PromptToken"/>
/// marks a question card (its message id is kept once posted); <see cref="ClosesPrompt"/> a card that only replaces
/// the kept messages of that question and is never posted itself.
/// </summary>
public sealed record SlackOutgoing(SlackMessage Message, bool ReplacesOriginal)
{
    /// <summary>A file to upload instead of posting <see cref="Message"/> (which says how else to get it).</summary>
    public SlackFileUpload? Upload { get; init; }

    public string? PromptToken { get; init; }

    public string? ClosesPrompt { get; init; }
}

public sealed class SlackReplySender(SlackApiClient api, SlackBlockKitRenderer renderer, SlackReplyTarget target, SentCardStore? cards = null, SlackDocuments? documents = null) : IReplySender
{
    // The turn's replies as rendered for the stored outbox (in the turn's transaction): the send reuses them, so
    // what goes out is what was stored for a resend, rendered once.
    private (IReadOnlyList<Reply> Replies, SlackOutbox Outbox)? rendered;

    /// <summary>The turn's culture, for the chrome the renderer adds (English until the processor tells it).</summary>
    public CultureInfo Culture { get; private set; } = Languages.English;

    public void UseCulture(CultureInfo culture) => Culture = culture;

    public SlackOutbox Render(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (rendered is { } last && ReferenceEquals(last.Replies, replies))
        {
            return last.Outbox;
        }

        var outbox = new SlackOutbox(target, [.. replies
            .Select(r => r is DocumentReply document
                ? new SlackOutgoing(renderer.Render(new TextReply(target.Channel is null ? Say.SlackDocumentOnlyInDm.In(Culture) : document.Fallback), Culture), false)
                {
                    Upload = target.Channel is null ? null : new SlackFileUpload(document.Kind, document.CollaborationId, document.Title),
                }
                : new SlackOutgoing(renderer.Render(r, Culture), r is CardReply { ReplacesOriginal: true })
                {
                    PromptToken = Reply.PromptTokenOf(r),
                    ClosesPrompt = (r as CardReply)?.ReplacesPrompt,
                })
            .Where(o => !IsEmpty(o.Message))]);
        rendered = (replies, outbox);
        return outbox;
    }

    public Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken) => SendAsync(api, Render(replies), cancellationToken, cards, documents);

    public static async Task SendAsync(SlackApiClient api, SlackOutbox outbox, CancellationToken cancellationToken, SentCardStore? cards = null, SlackDocuments? documents = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(outbox);
        var kept = new SentCards(api, cards, outbox.Target.CardScope);
        var messages = new List<SlackOutgoing>();
        foreach (var outgoing in outbox.Messages)
        {
            if (outgoing.ClosesPrompt is { } closed)
            {
                // The clicked card is replaced below as before; any other card of the question is updated here.
                var clicked = outgoing.ReplacesOriginal ? outbox.Target.SourceMessageTs ?? outbox.Target.ResponseUrl?.ToString() : null;
                await kept.CloseAsync(closed, outgoing.Message, clicked, cancellationToken);
                if (!outgoing.ReplacesOriginal)
                {
                    continue;
                }
            }

            messages.Add(outgoing);
        }

        if (outbox.Target.Channel is not null)
        {
            await SendToChannelAsync(api, outbox.Target, messages, kept, documents, cancellationToken);
        }
        else if (outbox.Target.ResponseUrl is not null)
        {
            await SendToResponseUrlAsync(api, outbox.Target.ResponseUrl, messages, kept, cancellationToken);
        }
    }

    private static async Task SendToChannelAsync(SlackApiClient api, SlackReplyTarget target, IReadOnlyList<SlackOutgoing> messages, SentCards kept, SlackDocuments? documents, CancellationToken cancellationToken)
    {
        var channel = target.Channel!;
        foreach (var outgoing in messages)
        {
            // A file that uploads needs no message; one that cannot (no uploader, Slack refused) gets the fallback text.
            if (outgoing.Upload is { } upload && documents is not null && await documents.UploadAsync(api, channel, target.ThreadTs, upload, cancellationToken))
            {
                continue;
            }

            if (outgoing.ReplacesOriginal && target.SourceMessageTs is { } ts)
            {
                var updated = await api.UpdateAsync(channel, ts, outgoing.Message, cancellationToken);
                if (updated.Ok)
                {
                    continue;
                }

                // The original may be gone or too old to edit: a fresh message still shows the new state.
            }

            var posted = await api.PostMessageAsync(channel, outgoing.Message, target.ThreadTs, cancellationToken);
            if (outgoing.PromptToken is { } token && posted.Ok && posted.Get("ts") is { Length: > 0 } postedTs)
            {
                await kept.RecordAsync(token, SentCards.InChannel(channel, postedTs), cancellationToken);
            }
        }
    }

    private static async Task SendToResponseUrlAsync(SlackApiClient api, Uri responseUrl, IReadOnlyList<SlackOutgoing> messages, SentCards kept, CancellationToken cancellationToken)
    {
        var replacing = messages.Where(m => m.ReplacesOriginal).Select(m => m.Message).ToList();
        var fresh = messages.Where(m => !m.ReplacesOriginal).ToList();
        if (replacing.Count > 0)
        {
            await api.PostToResponseUrlAsync(responseUrl, SlackMessage.Combine(replacing), replaceOriginal: true, cancellationToken);
        }

        if (fresh.Count > 0
            && await api.PostToResponseUrlAsync(responseUrl, SlackMessage.Combine([.. fresh.Select(m => m.Message)]), replaceOriginal: false, cancellationToken)
            && fresh.LastOrDefault(m => m.PromptToken is not null)?.PromptToken is { } token)
        {
            // The ephemeral message is only reachable through the response_url it was posted with.
            await kept.RecordAsync(token, responseUrl.ToString(), cancellationToken);
        }
    }

    private static bool IsEmpty(SlackMessage message) => message.Blocks.Count == 0 && string.IsNullOrWhiteSpace(message.Text);
}
