using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Safety;
using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Reads and checks the pack's <c>safety</c> section. A bad rule is refused with its line: a phrase the detector
/// cannot read, a kind missing or unknown, the same phrase twice, an empty list, and a negation containing no event
/// phrase (it could never cancel anything, so it is a typo).
/// </summary>
internal static partial class SafetySectionReader
{
    public static SafetyRules? Read(PackReader r, YamlMappingNode root)
    {
        const string Section = "safety";
        if (r.Map(r.Node(root, Section), Section) is not { } map)
        {
            return null;
        }

        r.OnlyKeys(map, Section, "language", "kinds", "medicines", "patients", "negations");
        var language = r.Str(map, "language", Section);
        if (language is not null && !Language().IsMatch(language))
        {
            r.Error(r.Node(map, "language"), $"{Section}.language", $"'{language}' is not a language code such as en or de");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var eventPhrases = new List<SafetyPhrase>();
        var kinds = PackSections.Items(r, map, "kinds", (kind, item) =>
        {
            var path = $"{Section}.{item}";
            r.OnlyKeys(kind, path, "id", "title", "alone", "in_context");
            var id = r.Str(kind, "id", path);
            if (id is not null && !SafetyKinds.Required.Contains(id))
            {
                r.Error(r.Node(kind, "id"), $"{path}.id", $"'{id}' must be one of {string.Join(", ", SafetyKinds.Required)}");
            }

            var title = r.Str(kind, "title", path);
            var alone = Phrases(r, kind, "alone", path, required: false, seen, eventPhrases);
            var inContext = Phrases(r, kind, "in_context", path, required: false, seen, eventPhrases);
            if (alone.Count + inContext.Count == 0)
            {
                r.Error(kind, path, "a kind needs phrases under alone or in_context");
            }

            return id is null || title is null ? null : new SafetyKindRules(id, title, alone, inContext);
        });

        foreach (var group in kinds.GroupBy(k => k.Value.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            r.Error(group.Skip(1).First().Node, $"{group.Skip(1).First().Path}.id", $"duplicate kind '{group.Key}'");
        }

        foreach (var missing in SafetyKinds.Required.Where(id => !kinds.Exists(k => k.Value.Id == id)))
        {
            r.Error(r.Node(map, "kinds") ?? map, $"{Section}.kinds", $"the kind '{missing}' is missing: every kind of safety information must be detected");
        }

        var medicines = Phrases(r, map, "medicines", Section, required: true, new(StringComparer.Ordinal), []);
        var patients = Phrases(r, map, "patients", Section, required: true, new(StringComparer.Ordinal), []);
        var negationPhrases = new List<SafetyPhrase>();
        var negations = Phrases(r, map, "negations", Section, required: false, new(StringComparer.Ordinal), negationPhrases);
        var negationNodes = r.Seq(map, "negations", Section, required: false);
        foreach (var negation in negationPhrases)
        {
            var words = SafetyText.Words(negation.Text.Replace("*", "", StringComparison.Ordinal));
            if (!eventPhrases.Exists(e => e.MatchesIn(words).Any()))
            {
                var node = negationNodes.FirstOrDefault(n => n is YamlScalarNode s && s.Value?.Trim() == negation.Text);
                r.Error(node ?? map, $"{Section}.negations", $"'{negation.Text}' contains no event phrase, so it can never cancel one");
            }
        }

        return language is null ? null : new SafetyRules(language, [.. kinds.Select(k => k.Value)], medicines, patients, negations);
    }

    private static List<string> Phrases(PackReader r, YamlMappingNode map, string key, string path, bool required, Dictionary<string, string> seen, List<SafetyPhrase> parsed)
    {
        var phrases = new List<string>();
        foreach (var node in r.Seq(map, key, path, required))
        {
            if (node is not YamlScalarNode { Value: { } text } || text.Trim().Length == 0)
            {
                r.Error(node, $"{path}.{key}", "must be a list of texts");
                continue;
            }

            if (SafetyPhrase.TryParse(text, out var error) is not { } phrase)
            {
                r.Error(node, $"{path}.{key}", error!);
                continue;
            }

            if (seen.TryGetValue(phrase.Key, out var first))
            {
                r.Error(node, $"{path}.{key}", $"'{text.Trim()}' is the same phrase as '{first}' (case, apostrophes and hyphens do not count)");
                continue;
            }

            seen[phrase.Key] = text.Trim();
            parsed.Add(phrase);
            phrases.Add(phrase.Text);
        }

        return phrases;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex Language();
}
