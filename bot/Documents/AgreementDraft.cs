namespace PartnershipBot.Documents;

/// <summary>The written agreement draft as blocks, before it becomes a .docx (see <see cref="AgreementDocx"/>).</summary>
public sealed record AgreementDraft(string FileName, IReadOnlyList<DocumentBlock> Blocks);
