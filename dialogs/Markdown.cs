using System.Text;

namespace PartnershipBot.Dialogs;

/// <summary>
/// Text typed by users (titles, partner names, answers, names) inside the replies' markdown subset. The dialogs
/// put it in through <see cref="Escape"/>, so a title like "[click](https://x) **now** &lt;!channel&gt;" stays
/// text: every character the subset or a channel could read as markup gets a backslash (CommonMark's escape,
/// which Teams shows as the character). Renderers that build their own markup go through <see cref="Render"/>,
/// which keeps escaped characters out of their rules and lets them print each one safely.
/// </summary>
public static class Markdown
{
    /// <summary>
    /// Characters that are markup inside a line: the subset, Slack mrkdwn (also &lt;!channel&gt;, &lt;@U...&gt;), Teams markdown and
    /// HTML (&lt;at&gt;). User text never starts a line in a reply, so list and heading markers need no escape.
    /// </summary>
    public const string Special = "\\`*_~[]()<>&|";

    // Escaped characters stand in as private-use characters while a renderer applies its rules.
    private const char PlaceholderBase = '\uF700';

    /// <summary>The user's text as <see cref="MarkdownText"/>: escaped, and never escaped twice when put in an interpolated reply.</summary>
    public static MarkdownText Escape(string text) => MarkdownText.Plain(text);

    /// <summary>The escaped characters as a string, for code that builds markup itself.</summary>
    public static string EscapeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>The text as typed: backslash escapes of <see cref="Special"/> characters removed.</summary>
    public static string Unescape(string markdown) => Render(markdown, s => s, c => c.ToString());

    /// <summary>
    /// Applies <paramref name="markup"/> (the renderer's rules: bold, links, bullets) to the text with every escaped
    /// character hidden from it, then writes each escaped character as <paramref name="literal"/> says.
    /// </summary>
    public static string Render(string markdown, Func<string, string> markup, Func<char, string> literal)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(literal);
        if (!markdown.Contains('\\', StringComparison.Ordinal))
        {
            return markup(markdown);
        }

        var hidden = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && Special.IndexOf(markdown[i + 1], StringComparison.Ordinal) is var at and >= 0)
            {
                hidden.Append((char)(PlaceholderBase + at));
                i++;
            }
            else
            {
                hidden.Append(c);
            }
        }

        var rendered = markup(hidden.ToString());
        var output = new StringBuilder(rendered.Length);
        foreach (var c in rendered)
        {
            var index = c - PlaceholderBase;
            output.Append(index >= 0 && index < Special.Length ? literal(Special[index]) : c.ToString());
        }

        return output.ToString();
    }
}
