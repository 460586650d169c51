using System.Collections;
using System.Globalization;
using System.Resources;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// The chat's texts: Chat.resx (English, the fallback) and its German and French satellites. A key a language
/// lacks falls back to English through the resource manager's own parent chain; <see cref="Missing"/> lists
/// such keys so the host can warn once at start-up, and a test fails before they ship.
/// </summary>
public static class ChatTexts
{
    public static ResourceManager Resources { get; } = new("PartnershipBot.Dialogs.Texts.Chat", typeof(ChatTexts).Assembly);

    /// <summary>The template for a key in the culture's language; a key missing everywhere is a bug and throws.</summary>
    public static string Template(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new InvalidOperationException($"The chat text '{key}' is not in Chat.resx.");

    /// <summary>The keys each translated language lacks (they show in English), language by language.</summary>
    public static IReadOnlyList<(string Language, string Key)> Missing() => Missing(Resources, Languages.Translated);

    /// <summary>The neutral (English) keys that <paramref name="cultures"/> do not translate, for any resource set.</summary>
    public static IReadOnlyList<(string Language, string Key)> Missing(ResourceManager resources, IEnumerable<CultureInfo> cultures)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(cultures);
        var english = Keys(resources, CultureInfo.InvariantCulture);
        var missing = new List<(string, string)>();
        foreach (var culture in cultures)
        {
            var translated = Keys(resources, culture);
            missing.AddRange(english.Where(k => !translated.Contains(k)).Order(StringComparer.Ordinal).Select(k => (culture.Name, k)));
        }

        return missing;
    }

    /// <summary>The keys of one language's own resources (no fallback to its parents).</summary>
    public static HashSet<string> Keys(ResourceManager resources, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        ResourceSet? set;
        try
        {
            set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            set = null;
        }

        if (set is not null)
        {
            foreach (DictionaryEntry entry in set)
            {
                keys.Add((string)entry.Key);
            }
        }

        return keys;
    }
}
