using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Reads a question's <c>translations</c> (<c>de:</c>, <c>fr:</c>, each with <c>reviewed</c>, <c>label</c>,
/// <c>prompt</c>, <c>help</c> and <c>choices</c> by value) and refuses what would mislead: a language the bot
/// does not speak, a choice the question does not have, and a text whose {placeholders} differ from the English.
/// </summary>
internal static class QuestionTranslationReader
{
    public static readonly IReadOnlyList<string> Languages = ["de", "fr"];

    public static IReadOnlyDictionary<string, QuestionTranslation> Read(
        PackReader r, YamlMappingNode question, string path, string? prompt, string? help, string? label, IReadOnlyList<QuestionChoice> choices)
    {
        var result = new Dictionary<string, QuestionTranslation>(StringComparer.Ordinal);
        if (r.Map(r.Node(question, "translations"), $"{path}.translations", required: false) is not { } translations)
        {
            return result;
        }

        r.OnlyKeys(translations, $"{path}.translations", [.. Languages]);
        foreach (var language in Languages)
        {
            var at = $"{path}.translations.{language}";
            if (r.Map(r.Node(translations, language), at, required: false) is not { } map)
            {
                continue;
            }

            r.OnlyKeys(map, at, "reviewed", "label", "prompt", "help", "choices");
            var translated = new QuestionTranslation(
                r.Bool(map, "reviewed", at),
                Text(r, map, "label", at, label),
                Text(r, map, "prompt", at, prompt),
                Text(r, map, "help", at, help),
                Choices(r, map, at, choices));
            result[language] = translated;
        }

        return result;
    }

    private static string? Text(PackReader r, YamlMappingNode map, string key, string path, string? english)
    {
        var text = r.Str(map, key, path, required: false);
        if (text is not null && english is not null && !SamePlaceholders(english, text))
        {
            r.Error(r.Node(map, key), $"{path}.{key}",
                $"the placeholders ({Describe(text)}) differ from the English ({Describe(english)}): a translation must name the same answers");
        }

        return text;
    }

    private static Dictionary<string, string> Choices(PackReader r, YamlMappingNode map, string path, IReadOnlyList<QuestionChoice> choices)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Map(r.Node(map, "choices"), $"{path}.choices", required: false) is not { } titles)
        {
            return result;
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
                result[value] = title;
            }
            else
            {
                r.Error(valueNode, $"{path}.choices.{value}", "must be the choice's title");
            }
        }

        return result;
    }

    internal static bool SamePlaceholders(string english, string translated) =>
        AnswerText.Placeholders(english).Order(StringComparer.Ordinal).SequenceEqual(AnswerText.Placeholders(translated).Order(StringComparer.Ordinal));

    private static string Describe(string text) => AnswerText.Placeholders(text).ToList() is { Count: > 0 } names ? string.Join(", ", names.Select(n => $"{{{n}}}")) : "none";
}
