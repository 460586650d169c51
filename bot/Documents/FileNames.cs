using System.Text;

namespace PartnershipBot.Documents;

/// <summary>
/// Download and attachment names from a title: ASCII letters, digits and dashes only, so a title can never reach a
/// header, a path or a Slack form field as anything but a plain name.
/// </summary>
public static class FileNames
{
    public static string For(string prefix, string title, string extension)
    {
        ArgumentNullException.ThrowIfNull(title);
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 50)
            {
                break;
            }
        }

        var name = slug.ToString().Trim('-');
        return name.Length == 0 ? $"{prefix}.{extension}" : $"{prefix}-{name}.{extension}";
    }
}
