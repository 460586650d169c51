using System.Globalization;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Documents;

/// <summary>
/// The written agreement draft of a stored collaboration, as a .docx, in the reader's language (headings and the
/// bot's sentences; answers and rules as the pack words them). Without a culture it is English
/// (the chat channels' uploads and the evidence pack, for now).
/// </summary>
public sealed class AgreementDocuments(DocumentQueries queries, GuidancePack pack, TimeProvider time)
{
    public Task<GeneratedDocument?> DraftAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        DraftInAsync(collaborationId, Languages.English, cancellationToken);

    public async Task<GeneratedDocument?> DraftInAsync(Guid collaborationId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var file = await queries.FileAsync(collaborationId, everything: false, cancellationToken);
        return file is null ? null : DraftIn(file, culture);
    }

    public GeneratedDocument Draft(CollaborationFile file) => DraftIn(file, Languages.English);

    public GeneratedDocument DraftIn(CollaborationFile file, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(file);
        var draft = AgreementBuilder.BuildIn(pack, file.Collaboration.Title, file.Answers, file.Owner, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), culture);
        return new GeneratedDocument(draft.FileName, AgreementDocx.ContentType, AgreementDocx.Write(draft.Blocks, Say.DocAgreementDocumentTitle.Plain(culture, file.Collaboration.Title)));
    }
}
