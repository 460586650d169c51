using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Safety;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// "Mark received" on a safety report in the pharmacovigilance channel, run from the inbox: the first click is
/// recorded and the report message updated (chat.update) to say who received it and when; a refused click, a second
/// click and an unknown reference are answered to the clicker alone (response_url, ephemeral).
/// </summary>
public sealed class SlackSafetyReceipts(SafetyReceipts receipts, SlackApiClient api, SlackBlockKitRenderer renderer)
{
    public async Task ReceiveAsync(SafetyReceiptJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var actorId = $"{ChannelIds.Slack}:{SlackTurnHandler.UserKey(job.TeamId, job.UserId)}";

        // Only a click that can count is worth a users.info call for the clicker's display name.
        var name = receipts.IsPharmacovigilance(ChannelIds.Slack, job.Channel, null)
            ? (await api.GetUserAsync(job.UserId, cancellationToken))?.DisplayName ?? job.UserName
            : job.UserName;
        var result = await receipts.ReceiveFromChatAsync(ChannelIds.Slack, job.Channel, null, job.Reference, actorId, name, cancellationToken);
        if (result.IsMarkedBy(actorId))
        {
            // Also when this row runs again after a crash between the mark and the update: the update is owed.
            if (result.Report is { } report && job.Channel is { } channel && job.MessageTs is { } ts)
            {
                await api.UpdateAsync(channel, ts, renderer.Render(new CardReply(SafetyMessages.ReportCard(report, culture: receipts.Culture)), receipts.Culture), cancellationToken);
            }
        }
        else if (job.ResponseUrl is { } responseUrl)
        {
            await api.PostToResponseUrlAsync(responseUrl, renderer.Render(new TextReply(SafetyMessages.ReceiptAnswer(result, job.Reference, receipts.Culture)), receipts.Culture), replaceOriginal: false, cancellationToken);
        }
    }
}
