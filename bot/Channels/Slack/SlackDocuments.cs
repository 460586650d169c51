using PartnershipBot.Dialogs;
using PartnershipBot.Documents;

namespace PartnershipBot.Channels.Slack;

/// <summary>Slack's way to deliver a drafted document: the file, uploaded into the conversation it was asked in.</summary>
public sealed class SlackDocuments(AgreementDocuments agreements)
{
    public async Task<bool> UploadAsync(SlackApiClient api, string channel, string? threadTs, SlackFileUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(upload);
        var document = upload.Kind == DocumentReply.Agreement ? await agreements.DraftAsync(upload.CollaborationId, cancellationToken) : null;
        if (document is null)
        {
            return false;
        }

        var sent = await api.UploadFileAsync(channel, threadTs, document.FileName, $"Written agreement (draft): {upload.Title}", document.Bytes, cancellationToken);
        return sent.Ok;
    }
}
