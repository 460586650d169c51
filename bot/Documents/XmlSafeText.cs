using System.Text;

namespace PartnershipBot.Documents;

/// <summary>
/// Text as XML 1.0 can hold it. Escaping (&amp;, &lt;) is the writers' job; what XML cannot carry at all (control
/// characters, a lone surrogate, U+FFFE/U+FFFF) would make the file fail to save or open, so it becomes U+FFFD,
/// visible to the reader instead of silently dropped. Emoji (surrogate pairs) and right-to-left text stay as they are.
/// </summary>
public static class XmlSafeText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(Allowed(c) ? c : Replacement);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!Allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');
}
