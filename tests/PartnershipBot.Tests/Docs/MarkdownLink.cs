namespace PartnershipBot.Tests.Docs;

/// <summary>A link found in a markdown file: the text as written, the file it points to (null for "#anchor"), the anchor.</summary>
internal sealed record MarkdownLink(string Source, int Line, string Target, string? TargetPath, string? Anchor);
