using CsCheck;

namespace PartnershipBot.Dialogs.Tests.Properties;

public sealed class MarkdownPropertyTests
{
    private static readonly Gen<string> UserText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["\\`*_~[]()<>&|!@#abc:/. "], 0, 40]);

    [Fact]
    public void Escape_AnyText_RoundTrips() =>
        UserText.Sample(text => Markdown.Unescape(Markdown.Escape(text)) == text);

    [Fact]
    public void Escape_AnyText_LeavesNoSpecialCharacterUnescaped() =>
        UserText.Sample(text =>
        {
            var escaped = Markdown.EscapeText(text);
            for (var i = 0; i < escaped.Length; i++)
            {
                if (Markdown.Special.Contains(escaped[i], StringComparison.Ordinal))
                {
                    if (escaped[i] != '\\' || i + 1 >= escaped.Length || !Markdown.Special.Contains(escaped[i + 1], StringComparison.Ordinal))
                    {
                        return false;
                    }

                    i++;
                }
            }

            return true;
        });

    [Fact]
    public void Render_EscapedText_IsNeverSeenByTheRenderersRules() =>
        UserText.Sample(text =>
        {
            var seen = "";
            Markdown.Render("**a** " + Markdown.Escape(text), s => seen = s, c => c.ToString());
            return seen.StartsWith("**a** ", StringComparison.Ordinal) && seen[6..].IndexOfAny([.. Markdown.Special]) < 0 || text.Contains('\uF700', StringComparison.Ordinal);
        });
}
