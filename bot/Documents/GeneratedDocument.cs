namespace PartnershipBot.Documents;

/// <summary>A finished file: its download name, media type and bytes.</summary>
public sealed record GeneratedDocument(string FileName, string ContentType, byte[] Bytes);
