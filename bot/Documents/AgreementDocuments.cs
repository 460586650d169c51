using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Documents;

/// <summary>The written agreement draft of a stored collaboration, as a .docx.</summary>
public sealed class AgreementDocuments(DocumentQueries queries, GuidancePack pack, TimeProvider time)
{
    public async Task<GeneratedDocument?> DraftAsync(Guid collaborationId, CancellationToken cancellationToken)
    {
        var file = await queries.FileAsync(collaborationId, everything: false, cancellationToken);
        return file is null ? null : Draft(file);
    }

    public GeneratedDocument Draft(CollaborationFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var draft = AgreementBuilder.Build(pack, file.Collaboration.Title, file.Answers, file.Owner, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return new GeneratedDocument(draft.FileName, AgreementDocx.ContentType, AgreementDocx.Write(draft.Blocks, "Written agreement (draft): " + file.Collaboration.Title));
    }
}
