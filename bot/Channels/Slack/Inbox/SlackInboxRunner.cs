using System.Diagnostics;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>Runs one inbox row: a turn, a "new" that moves to the DM, a mention's pointer, a notice, a safety report's receipt, an Approve click, a Home tab to publish, a turn that moves to the DM, or the interview's modal.</summary>
public sealed class SlackInboxRunner(SlackTurnHandler turns, SlackDirectMessages directMessages, SlackApiClient api, SentCardStore cards, TimeProvider clock, SlackDocuments documents,
    SlackSafetyReceipts safetyReceipts, SlackApprovalInteractions approvals, SlackHome home, SlackInterviewModals forms)
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
                var who = job switch { RunTurnJob t => t.Input, StartNewJob n => n.Input, DirectTurnJob d => d.Input, _ => null };
                var target = who is not null ? await LiveTargetAsync(row, who, outbox.Target, cancellationToken) : outbox.Target;
                await SlackReplySender.SendAsync(api, outbox with { Target = target with { CardScope = outbox.Target.CardScope } }, cancellationToken, cards, documents);
            }

            return;
        }

        var delivery = new TurnDelivery { Key = row.DedupKey, Receipt = new InboxReceipt(row.Id) };
        var work = job switch
        {
            RunTurnJob turn => RunTurnAsync(row, turn, delivery, cancellationToken),
            StartNewJob start => directMessages.StartNewReviewAsync(start.Input, start.ResponseUrl, delivery, cancellationToken),
            AnswerMentionJob mention => directMessages.AnswerMentionAsync(mention.Channel, mention.ThreadTs, mention.AppId, mention.TeamId, cancellationToken),
            NoticeJob notice => api.PostToResponseUrlAsync(notice.ResponseUrl, new SlackMessage(notice.Text, []), replaceOriginal: false, cancellationToken),
            SafetyReceiptJob receipt => safetyReceipts.ReceiveAsync(receipt, cancellationToken),
            ApprovalClickJob click => approvals.ApproveAsync(click, cancellationToken),
            PublishHomeJob publish => home.PublishAsync(publish.TeamId, publish.UserId, cancellationToken),
            DirectTurnJob direct => directMessages.RunInDirectMessageAsync(direct.Input, delivery, cancellationToken),
            OpenFormJob open => forms.OpenAsync(open, delivery, cancellationToken),
            FormPageJob page => forms.SubmitAsync(page, delivery, cancellationToken),
            _ => throw new UnreachableException($"Slack inbox job {job.GetType().Name} has no runner."),
        };
        await work;
    }

    private async Task RunTurnAsync(InboxRow row, RunTurnJob job, TurnDelivery delivery, CancellationToken cancellationToken) =>
        await turns.RunAsync(job.Input, await LiveTargetAsync(row, job.Input, job.Target, cancellationToken), delivery, cancellationToken);

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
