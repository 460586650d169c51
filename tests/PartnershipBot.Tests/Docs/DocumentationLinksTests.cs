using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Docs;

/// <summary>
/// The README is the newcomer's five-minute page and the docs hold the rest: every relative link in README.md,
/// docs/*.md and bench/README.md must reach a file (and a heading, when it names one), the README stays short,
/// and it links each doc once.
/// </summary>
public sealed class DocumentationLinksTests
{
    private const int ReadmeMaxLines = 200;

    private static string Readme => RepoFiles.Path("README.md");

    private static IEnumerable<string> DocumentationFiles() =>
        new[] { Readme, RepoFiles.Path("bench", "README.md") }
            .Concat(Directory.GetFiles(RepoFiles.Path("docs"), "*.md").Order(StringComparer.Ordinal));

    [Fact]
    public void RelativeLinks_InReadmeDocsAndBenchReadme_PointToExistingFilesAndHeadings()
    {
        var links = DocumentationFiles().SelectMany(MarkdownLinks.RelativeLinksIn).ToList();
        Assert.True(links.Count > 40, $"only {links.Count} relative links found: is the link reader still reading?");

        var broken = links
            .Select(l => (Link: l, Problem: ProblemWith(l)))
            .Where(x => x.Problem is not null)
            .Select(x => $"{Relative(x.Link.Source)}:{x.Link.Line}: ({x.Link.Target}) {x.Problem}")
            .ToList();

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Readme_IsUnder200Lines()
    {
        var lines = File.ReadAllLines(Readme).Length;

        Assert.True(lines < ReadmeMaxLines, $"README.md has {lines} lines; move detail into docs/ (limit {ReadmeMaxLines}).");
    }

    [Fact]
    public void Readme_LinksEveryDocAndTheBenchReadme_ExactlyOnce()
    {
        var linked = MarkdownLinks.RelativeLinksIn(Readme)
            .Where(l => l.TargetPath is not null && l.TargetPath.EndsWith(".md", StringComparison.Ordinal))
            .GroupBy(l => l.TargetPath!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var docs = Directory.GetFiles(RepoFiles.Path("docs"), "*.md")
            .Append(RepoFiles.Path("bench", "README.md"));

        var wrong = docs
            .Select(d => (Doc: Relative(d), Times: linked.GetValueOrDefault(Path.GetFullPath(d))))
            .Where(x => x.Times != 1)
            .Select(x => $"{x.Doc} is linked {x.Times} times")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static string? ProblemWith(MarkdownLink link)
    {
        var target = link.TargetPath ?? link.Source;
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return "no such file";
        }

        if (link.Anchor is not { Length: > 0 } anchor || !target.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        return MarkdownLinks.HeadingAnchorsOf(target).Contains(anchor) ? null : $"no heading #{anchor} in {Relative(target)}";
    }

    private static string Relative(string path) => Path.GetRelativePath(RepoFiles.Root, path);
}
