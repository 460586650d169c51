namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>Reply text as the user reads it: user values in it are escaped, and a test compares what is shown.</summary>
public static class MarkdownTextExtensions
{
    public static string Unescaped(this string markdown) => Markdown.Unescape(markdown);
}
