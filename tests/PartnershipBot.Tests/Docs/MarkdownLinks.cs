using System.Text;
using System.Text.RegularExpressions;

namespace PartnershipBot.Tests.Docs;

/// <summary>
/// Reads the relative links of a markdown file (inline links and images, reference definitions, and the src/href
/// of HTML tags such as &lt;img&gt;) and the anchors GitHub makes for its headings. Fenced code blocks and inline
/// code are skipped, because a link-looking text there is not a link.
/// </summary>
internal static partial class MarkdownLinks
{
    public static IReadOnlyList<MarkdownLink> RelativeLinksIn(string file)
    {
        var links = new List<MarkdownLink>();
        foreach (var line in ProseLines(file))
        {
            var text = InlineCode().Replace(line.Text, "");
            var targets = InlineLink().Matches(text).Select(m => m.Groups["target"].Value)
                .Concat(ReferenceDefinition().Matches(text).Select(m => m.Groups["target"].Value))
                .Concat(HtmlAttribute().Matches(text).Select(m => m.Groups["target"].Value));
            foreach (var raw in targets)
            {
                var target = raw.Trim('<', '>');
                if (IsAbsolute(target))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var pathPart = hash < 0 ? target : target[..hash];
                var anchor = hash < 0 ? null : target[(hash + 1)..];
                var path = pathPart.Length == 0
                    ? null
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(pathPart)));
                links.Add(new MarkdownLink(file, line.Number, target, path, anchor));
            }
        }

        return links;
    }

    /// <summary>The anchors GitHub generates for the file's headings (lower case, punctuation dropped, "-1" for repeats).</summary>
    public static IReadOnlySet<string> HeadingAnchorsOf(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in ProseLines(file))
        {
            var heading = Heading().Match(line.Text);
            if (!heading.Success)
            {
                continue;
            }

            // Link text stays, link targets go; then GitHub's rule: keep letters, digits, spaces, '-' and '_'.
            var text = InlineLink().Replace(heading.Groups["text"].Value, m => m.Groups["label"].Value).Trim().ToLowerInvariant();
            var slug = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            var count = seen.GetValueOrDefault(anchor);
            seen[anchor] = count + 1;
            anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
        }

        return anchors;
    }

    private static IEnumerable<(int Number, string Text)> ProseLines(string file)
    {
        var inFence = false;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                yield return (number, line);
            }
        }
    }

    // http:, https:, mailto: and protocol-relative //host links are not files of this repository.
    private static bool IsAbsolute(string target) =>
        target.StartsWith("//", StringComparison.Ordinal) || UriScheme().IsMatch(target);

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!?\[(?<label>[^\]]*)\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(?<target>\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"\b(?:src|href)=""(?<target>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAttribute();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();
}
