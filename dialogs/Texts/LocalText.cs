using System.Globalization;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// One text of the bot in every language (a key of one <see cref="TextSet"/>), named through <see cref="T"/> (or
/// the host's own accessor). The resource string
/// is trusted (the code's own wording and markup, like a literal in <c>$"..."</c>); the arguments of
/// <see cref="Format"/> are values and are escaped exactly as <see cref="MarkdownText"/> escapes an interpolation
/// hole, so a translated sentence can never turn a user's title into markup. There is no way to format a text
/// without that escaping: the type carries the rule, not a convention at each call.
/// </summary>
public readonly record struct LocalText(string Key, TextSet Set)
{
    /// <summary>The text in the culture's language (English when that language has no entry for the key).</summary>
    public MarkdownText In(CultureInfo culture) => MarkdownText.Trusted(Set.Template(Key, culture));

    /// <summary>
    /// The text with its {0}, {1}... filled: <see cref="MarkdownText"/> arguments as they are, strings escaped,
    /// dates (long form) and numbers written as the culture writes them, then escaped.
    /// </summary>
    public MarkdownText Format(CultureInfo culture, params ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var holes = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            holes[i] = Hole(args[i], culture);
        }

        return MarkdownText.Trusted(string.Format(culture, Set.Template(Key, culture), holes));
    }

    /// <summary>
    /// The text as plain characters, for what is not markdown: a button or modal title, a Razor page (which
    /// HTML-encodes what it writes), a document, the terminal. The arguments are filled as they are (their writer
    /// encodes them), dates as in a summary line ("31. März 2027"), amounts with the culture's grouping. Only for
    /// templates without markup.
    /// </summary>
    public string Plain(CultureInfo culture, params ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var template = Set.Template(Key, culture);
        if (args.Length == 0)
        {
            return template;
        }

        var holes = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            holes[i] = args[i] switch
            {
                null => "",
                MarkdownText markdown => markdown.Value,
                DateOnly date => CultureFormat.Date(date, culture),
                decimal number => CultureFormat.Number(number, culture),
                IFormattable formattable => formattable.ToString(null, culture),
                var value => value.ToString() ?? "",
            };
        }

        return string.Format(culture, template, holes);
    }

    private static string Hole(object? value, CultureInfo culture) => value switch
    {
        null => "",
        MarkdownText markdown => markdown.Value,
        string text => Markdown.EscapeText(text),
        DateOnly date => Markdown.EscapeText(CultureFormat.LongDate(date, culture)),
        decimal number => Markdown.EscapeText(CultureFormat.Number(number, culture)),
        IFormattable formattable => Markdown.EscapeText(formattable.ToString(null, culture)),
        _ => Markdown.EscapeText(value.ToString() ?? ""),
    };

    public override string ToString() => Key;
}
