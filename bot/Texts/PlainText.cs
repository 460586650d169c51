using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>
/// A text as plain characters, for places that are not markdown: the dashboard's Razor pages (which HTML-encode
/// whatever they write, so a title with <c>&lt;script&gt;</c> stays text) and the documents (.docx, .xlsx, CSV,
/// where a markdown backslash would show). The templates written this way carry no markup (a test checks the
/// Dashboard and Documents files); the arguments are not escaped here because their writer encodes them.
/// </summary>
public static class PlainText
{
    /// <summary>The text in the culture's language (English when that language lacks the key).</summary>
    public static string Plain(this LocalText text, CultureInfo culture) => text.Set.Template(text.Key, culture);

    /// <summary>The text with its {0}, {1}... filled as plain text: dates and numbers as the culture writes them.</summary>
    public static string PlainFormat(this LocalText text, CultureInfo culture, params ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var holes = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            holes[i] = Hole(args[i], culture);
        }

        return string.Format(culture, text.Set.Template(text.Key, culture), holes);
    }

    private static string Hole(object? value, CultureInfo culture) => value switch
    {
        null => "",
        string s => s,
        DateOnly date => CultureFormat.Date(date, culture),
        decimal number => CultureFormat.Number(number, culture),
        int number => CultureFormat.Number(number, culture),
        long number => CultureFormat.Number(number, culture),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? "",
    };
}
