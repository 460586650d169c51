using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>Runs one inbox row: a turn, a "new" that moves to the DM, a mention's pointer, or a notice.</summary>
public sealed class SlackInboxRunner(SlackTurnHandler turns, SlackDirectMessages directMessages, SlackApiClient api, SentCardStore cards, TimeProvider clock, SlackDocuments documents)
{
    /// <summary>Slack accepts posts to a response_url for 30 minutes.</summary>
    public static readonly TimeSpan ResponseUrlLifetime = TimeSpan.FromMinutes(30);

    public async Task RunAsync(InboxRow row, SlackInboxJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(job);
        if (row.AppliedAt is not null)
        {
            // The turn was saved but the process died before its replies were out: send them now.
            if (row.Outbox is { } stored && SlackInbox.ReadOutbox(stored) is { } outbox)
            {
                var target = job.Input is { } who ? await LiveTargetAsync(row, who, outbox.Target, cancellationToken) : outbox.Target;
                await SlackReplySender.SendAsync(api, outbox with { Target = target with { CardScope = outbox.Target.CardScope } }, cancellationToken, cards, documents);
            }

            return;
        }

        var delivery = new TurnDelivery { Key = row.DedupKey, Receipt = new InboxReceipt(row.Id) };
        switch (job.Work)
        {
            case SlackInboxJob.RunTurn when job.Input is { } input && job.Target is { } target:
                await turns.RunAsync(input, await LiveTargetAsync(row, input, target, cancellationToken), delivery, cancellationToken);
                break;
            case SlackInboxJob.StartNew when job.Input is { } input && job.ResponseUrl is { } responseUrl:
                await directMessages.StartNewReviewAsync(input, responseUrl, delivery, cancellationToken);
                break;
            case SlackInboxJob.AnswerMention when job.Channel is { } channel && job.ThreadTs is { } threadTs && job.TeamId is { } teamId:
                await directMessages.AnswerMentionAsync(channel, threadTs, job.AppId, teamId, cancellationToken);
                break;
            case SlackInboxJob.Notice when job.ResponseUrl is { } responseUrl && job.Text is { } text:
                await api.PostToResponseUrlAsync(responseUrl, new SlackMessage(text, []), replaceOriginal: false, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// A turn that runs long after its ack (a backlog, a restart) answers in the user's DM once its response_url
    /// has expired; if the DM cannot be opened the response_url is still tried.
    /// </summary>
    private async Task<SlackReplyTarget> LiveTargetAsync(InboxRow row, SlackTurnInput input, SlackReplyTarget target, CancellationToken cancellationToken)
    {
        if (target.ResponseUrl is null || clock.GetUtcNow() - row.ReceivedAt < ResponseUrlLifetime)
        {
            return target;
        }

        var opened = await api.OpenConversationAsync(input.UserId, cancellationToken);
        return opened.Ok && opened.Get("channel", "id") is { } dm ? SlackReplyTarget.ToChannel(dm) : target;
    }
}
