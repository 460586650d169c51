using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Reads an item's <c>translations</c> (<c>de:</c>, <c>fr:</c>, each with <c>reviewed</c> and the item's own text
/// fields) for every kind of pack text, and refuses what would mislead: a language the bot does not speak, a field
/// the item does not have, a choice the question does not have, a list of options that does not match the English
/// one, and a text whose {placeholders} differ from the English. One reader, so the rules cannot drift apart
/// between questions, principles, rules, checklist items and the quiz.
/// </summary>
internal static class TranslationReader
{
    public static readonly IReadOnlyList<string> Languages = ["de", "fr"];

    /// <param name="fields">The English of each single text field the item translates (null: the English is missing, already reported).</param>
    /// <param name="lists">The English items of each list field (the quiz's options), translated as a list in the same order.</param>
    /// <param name="choices">A question's choices, translated as a mapping from value to title.</param>
    public static IReadOnlyDictionary<string, PackTranslation> Read(
        PackReader r,
        YamlMappingNode item,
        string path,
        IReadOnlyDictionary<string, string?> fields,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? lists = null,
        IReadOnlyList<QuestionChoice>? choices = null)
    {
        var result = new Dictionary<string, PackTranslation>(StringComparer.Ordinal);
        if (r.Map(r.Node(item, "translations"), $"{path}.translations", required: false) is not { } translations)
        {
            return result;
        }

        lists ??= new Dictionary<string, IReadOnlyList<string>>();
        string[] allowed = ["reviewed", .. fields.Keys, .. lists.Keys, .. choices is null ? Array.Empty<string>() : ["choices"]];
        r.OnlyKeys(translations, $"{path}.translations", [.. Languages]);
        foreach (var language in Languages)
        {
            var at = $"{path}.translations.{language}";
            if (r.Map(r.Node(translations, language), at, required: false) is not { } map)
            {
                continue;
            }

            r.OnlyKeys(map, at, allowed);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, english) in fields)
            {
                if (Text(r, map, field, at, english) is { } text)
                {
                    texts[field] = text;
                }
            }

            foreach (var (field, english) in lists)
            {
                List(r, map, field, at, english, texts);
            }

            if (choices is not null)
            {
                Choices(r, map, at, choices, texts);
            }

            result[language] = new PackTranslation(r.Bool(map, "reviewed", at), texts);
        }

        return result;
    }

    private static string? Text(PackReader r, YamlMappingNode map, string key, string path, string? english)
    {
        var text = r.Str(map, key, path, required: false);
        Check(r, r.Node(map, key), $"{path}.{key}", english, text);
        return text;
    }

    private static void Check(PackReader r, YamlNode? node, string path, string? english, string? text)
    {
        if (text is not null && english is not null && !SamePlaceholders(english, text))
        {
            r.Error(node, path, $"the placeholders ({Describe(text)}) differ from the English ({Describe(english)}): a translation must name the same answers");
        }
    }

    private static void List(PackReader r, YamlMappingNode map, string key, string path, IReadOnlyList<string> english, Dictionary<string, string> texts)
    {
        if (r.Node(map, key) is null)
        {
            return;
        }

        var items = r.Seq(map, key, path, required: false);
        if (items.Count != english.Count)
        {
            r.Error(r.Node(map, key), $"{path}.{key}", $"lists {items.Count} texts, the English {english.Count}: translate each one, in the English order");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                Check(r, items[i], $"{path}.{key}[{i}]", english[i], value.Trim());
                texts[$"{key}[{i}]"] = value.Trim();
            }
            else
            {
                r.Error(items[i], $"{path}.{key}[{i}]", "must be the text of the English item at the same place");
            }
        }
    }

    private static void Choices(PackReader r, YamlMappingNode map, string path, IReadOnlyList<QuestionChoice> choices, Dictionary<string, string> texts)
    {
        if (r.Map(r.Node(map, "choices"), $"{path}.choices", required: false) is not { } titles)
        {
            return;
        }

        foreach (var (keyNode, valueNode) in titles.Children)
        {
            var value = (keyNode as YamlScalarNode)?.Value ?? "";
            if (choices.All(c => c.Value != value))
            {
                r.Error(keyNode, $"{path}.choices.{value}", $"the question has no choice '{value}'");
                continue;
            }

            if (valueNode is YamlScalarNode { Value: { Length: > 0 } title })
            {
                texts[$"choices.{value}"] = title;
            }
            else
            {
                r.Error(valueNode, $"{path}.choices.{value}", "must be the choice's title");
            }
        }
    }

    internal static bool SamePlaceholders(string english, string translated) =>
        AnswerText.Placeholders(english).Order(StringComparer.Ordinal).SequenceEqual(AnswerText.Placeholders(translated).Order(StringComparer.Ordinal));

    private static string Describe(string text) => AnswerText.Placeholders(text).ToList() is { Count: > 0 } names ? string.Join(", ", names.Select(n => $"{{{n}}}")) : "none";
}
