using System.Text;

namespace PartnershipBot.Dialogs;

/// <summary>
/// Builds a longer reply line by line, like a StringBuilder, but every append is <see cref="MarkdownText"/>: an
/// interpolated <c>$"..."</c> escapes its holes, so lists of user titles stay text.
/// </summary>
public sealed class MarkdownBuilder
{
    private readonly StringBuilder text = new();

    public int Length => text.Length;

    public MarkdownBuilder Append(MarkdownText markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        text.Append(markdown.Value);
        return this;
    }

    /// <summary>What was built, without trailing blank lines or spaces.</summary>
    public MarkdownText ToMarkdown() => MarkdownText.Trusted(text.ToString().TrimEnd());

    public override string ToString() => text.ToString();
}
