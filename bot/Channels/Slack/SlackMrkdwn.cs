using System.Text;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Converts the neutral markdown subset (see Reply) to Slack mrkdwn. User-visible text is escaped first
/// (&amp;, &lt;, &gt;) so nobody can smuggle a &lt;!channel&gt; or a fake link through an answer; only the
/// links we convert ourselves become Slack link syntax.
/// </summary>
public static partial class SlackMrkdwn
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Slack escapes &amp;, &lt;, &gt; in what users type; the dialogs want the text as typed.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }

    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdown.Render(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), Markup, Literal);
    }

    private static string Markup(string text)
    {
        var escaped = Escape(text);
        // Links first, so the bold rule cannot touch the characters inside a URL.
        var withLinks = LinkPattern().Replace(escaped, m =>
        {
            var title = m.Groups["title"].Value.Replace("|", "\u2223", StringComparison.Ordinal);
            return $"<{m.Groups["url"].Value}|{title}>";
        });
        var bold = BoldPattern().Replace(withLinks, "*${inner}*");
        var bullets = BulletPattern().Replace(bold, "${indent}\u2022 ");
        return bullets;
    }

    /// <summary>
    /// A character the user typed, shown as itself but never as markup: Slack has no escape for its formatting
    /// characters, so they become look-alikes; &amp;, &lt; and &gt; become the entities Slack decodes.
    /// </summary>
    public static string Literal(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '*' => "\u2217",
        '_' => "\uFF3F",
        '~' => "\u223C",
        '`' => "\u02CB",
        _ => c.ToString(),
    };

    /// <summary>Plain text for notifications and the message fallback: no markup, but still escaped.</summary>
    public static string ToPlain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdown.Render(markdown, text =>
        {
            text = LinkPattern().Replace(text, "${title} (${url})");
            return Escape(BoldPattern().Replace(text, "${inner}"));
        }, Literal);
    }

    /// <summary>Cuts at a line or word boundary and marks the cut, for Slack's per-field length limits.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        var at = cut.LastIndexOfAny(['\n', ' ']);
        if (at > max / 2)
        {
            cut = cut[..at];
        }

        // Never end inside an escape sequence such as "&am".
        var amp = cut.LastIndexOf('&');
        if (amp >= 0 && cut.IndexOf(';', amp) < 0 && cut.Length - amp < 6)
        {
            cut = cut[..amp];
        }

        return cut.TrimEnd() + "\u2026";
    }

    /// <summary>Splits long text into chunks at paragraph, then line boundaries.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > max)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line.Length > max ? Truncate(line, max) : line);
        }

        if (current.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    [GeneratedRegex(@"\[(?<title>[^\]\n]+)\]\((?<url>https?://[^\s)]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\*\*(?<inner>[^*\n]+?)\*\*")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"^(?<indent>[ \t]*)- ", RegexOptions.Multiline)]
    private static partial Regex BulletPattern();
}
