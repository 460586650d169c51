namespace PartnershipBot.Documents;

/// <summary>
/// One paragraph of a drafted document, independent of the file format: its kind and its text runs. User text is
/// only ever a run's text, so nothing a user typed is read as markup by any writer.
/// </summary>
public sealed record DocumentBlock(BlockKind Kind, IReadOnlyList<TextRun> Runs)
{
    public static DocumentBlock Of(BlockKind kind, string text) => new(kind, [new TextRun(text)]);

    /// <summary>The block's text as a reader sees it.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    Item,

    /// <summary>A source, a caveat or "confirm with legal": printed smaller, in italics.</summary>
    Note,
}

public sealed record TextRun(string Text, bool Bold = false);
