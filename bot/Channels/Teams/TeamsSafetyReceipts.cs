using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Safety;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// "Mark received" on a safety report card in the pharmacovigilance channel (an adaptiveCard/action invoke). The
/// first click is answered with the refreshed card, which says who received it and when; a refused click, a second
/// click and an unknown reference get a short message that only the clicker sees, and the card stays as it was.
/// </summary>
internal sealed class TeamsSafetyReceipts(SafetyReceipts receipts)
{
    public static bool IsReceipt(Activity activity) =>
        TeamsTurnMapper.ActionFromInvoke(activity.Value) is { Id: SafetyReceipts.Action };

    public async Task<IResult> ReceiveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var action = TeamsTurnMapper.ActionFromInvoke(activity.Value)!;
        var reference = action.Values.GetValueOrDefault(SafetyReceipts.ReferenceValue);
        var from = activity.From;
        if (from?.Id is not { Length: > 0 } userId)
        {
            return InvokeResponses.Error(StatusCodes.Status400BadRequest, "BadRequest", "The card action carried no user.");
        }

        var byId = $"{ChannelIds.Teams}:{userId}";
        var result = await receipts.ReceiveFromChatAsync(
            ChannelIds.Teams, activity.Conversation?.Id, TeamsTurnMapper.TenantId(activity), reference, byId, from.Name, cancellationToken);
        return result.IsMarkedBy(byId) && result.Report is { } report
            ? InvokeResponses.Card(AdaptiveCardRenderer.Render(SafetyMessages.ReportCard(report, culture: receipts.Culture), receipts.Culture))
            : InvokeResponses.Message(Markdown.Unescape(SafetyMessages.ReceiptAnswer(result, reference, receipts.Culture).Value));
    }
}
