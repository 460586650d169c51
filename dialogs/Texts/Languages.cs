using System.Globalization;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// The languages the bot speaks (English, German, French) and how a channel's locale tag ("de-DE", "fr",
/// "en-US", "es-ES", nothing) becomes the culture of a turn. The culture is always passed explicitly: the
/// dialogs never read <see cref="CultureInfo.CurrentCulture"/>, which is the server's, not the user's.
/// </summary>
public static class Languages
{
    /// <summary>English: the fallback of every text, and the culture of a turn whose locale is unknown or unsupported.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo German { get; } = CultureInfo.GetCultureInfo("de");

    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr");

    /// <summary>The languages other than English, each with a full set of texts (a test checks it).</summary>
    public static IReadOnlyList<CultureInfo> Translated { get; } = [German, French];

    public static IReadOnlyList<CultureInfo> All { get; } = [English, German, French];

    /// <summary>
    /// The culture for a locale tag: the specific culture when its language is one the bot speaks ("de-AT" stays
    /// de-AT, so numbers and dates follow Austria), else English. Malformed tags are English too: a locale comes
    /// from a channel's payload and is never trusted to be valid.
    /// </summary>
    public static CultureInfo For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 35)
        {
            return English;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(locale.Trim().Replace('_', '-'));
        }
        catch (CultureNotFoundException)
        {
            return English;
        }

        var language = culture.TwoLetterISOLanguageName;
        return language is "de" or "fr" || (language == "en" && culture.Name.Length > 0) ? culture : English;
    }

    /// <summary>The language's two-letter code ("de" for de-AT): which texts a culture gets.</summary>
    public static string Code(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName is "de" or "fr" ? culture.TwoLetterISOLanguageName : "en";
    }

    /// <summary>A language a user names for the per-person override: "de", "german", "deutsch", "fr", "français", "en"...</summary>
    public static CultureInfo? Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "en" or "english" or "englisch" or "anglais" => English,
            "de" or "german" or "deutsch" or "allemand" => German,
            "fr" or "french" or "französisch" or "franzosisch" or "français" or "francais" => French,
            _ => null,
        };
    }
}
