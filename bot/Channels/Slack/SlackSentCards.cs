using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The Slack side of <see cref="SentCardStore"/>: a posted question card is kept as "channel ts" (chat.update) or as
/// the response_url its ephemeral message came through (replace_original). Without a store or a conversation nothing
/// is kept and nothing is updated.
/// </summary>
internal sealed class SentCards(SlackApiClient api, SentCardStore? store, string? scope)
{
    public static string InChannel(string channel, string ts) => $"{channel} {ts}";

    public async Task RecordAsync(string token, string messageId, CancellationToken cancellationToken)
    {
        if (store is not null && scope is not null)
        {
            await store.RecordAsync(scope, token, messageId, cancellationToken);
        }
    }

    /// <summary>Replaces every kept card of the question (but <paramref name="alreadyReplaced"/>) with <paramref name="message"/>.</summary>
    public async Task CloseAsync(string token, SlackMessage message, string? alreadyReplaced, CancellationToken cancellationToken)
    {
        if (store is null || scope is null)
        {
            return;
        }

        foreach (var id in await store.TakeAsync(scope, token, cancellationToken))
        {
            if (id == alreadyReplaced || (alreadyReplaced is not null && id.EndsWith(" " + alreadyReplaced, StringComparison.Ordinal)))
            {
                continue;
            }

            // Failures are reported by the client (ok:false, logged) and leave the card as it was: its clicks are stale.
            if (Uri.TryCreate(id, UriKind.Absolute, out var responseUrl))
            {
                await api.PostToResponseUrlAsync(responseUrl, message, replaceOriginal: true, cancellationToken);
            }
            else if (id.Split(' ') is [var channel, var ts])
            {
                await api.UpdateAsync(channel, ts, message, cancellationToken);
            }
        }
    }
}
