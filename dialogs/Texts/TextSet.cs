using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// One .resx file of the bot's texts (English, the fallback) with its German and French satellites. Texts are
/// split by area (chat, commands, forms, cards, notices, dashboard, documents) so each file stays readable. A key a
/// language lacks falls back to English through the resource manager's own parent chain; <see cref="Missing()"/>
/// lists such keys so the host can warn once at start-up, and a test fails before they ship.
/// </summary>
public sealed class TextSet(string baseName, Assembly assembly)
{
    /// <summary>The manifest name of the English resources ("PartnershipBot.Dialogs.Texts.Chat").</summary>
    public string BaseName { get; } = baseName;

    public ResourceManager Resources { get; } = new(baseName, assembly);

    /// <summary>The template for a key in the culture's language; a key missing everywhere is a bug and throws.</summary>
    public string Template(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new InvalidOperationException($"The text '{key}' is not in {BaseName}.");

    /// <summary>The keys each translated language lacks (they show in English), language by language.</summary>
    public IReadOnlyList<(string Language, string Key)> Missing() => Missing(Resources, Languages.Translated);

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

    public override string ToString() => BaseName;
}
