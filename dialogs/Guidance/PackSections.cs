using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>Reads each top-level section of a pack into records; references are checked afterwards.</summary>
internal static class PackSections
{
    public static List<Located<Source>> Sources(PackReader r, YamlMappingNode root) =>
        Items(r, root, "sources", (map, path) =>
        {
            r.OnlyKeys(map, path, "id", "kind", "title", "publisher", "url", "version", "checked", "listed", "read", "note");
            var id = r.Str(map, "id", path);
            var kind = r.Str(map, "kind", path);
            if (kind is not null && !Source.Kinds.Contains(kind))
            {
                r.Error(r.Node(map, "kind"), $"{path}.kind", $"'{kind}' must be one of {string.Join(", ", Source.Kinds)}");
            }

            var title = r.Str(map, "title", path);
            var publisher = r.Str(map, "publisher", path);
            var url = r.Str(map, "url", path, required: false);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                r.Error(r.Node(map, "url"), $"{path}.url", $"'{url}' is not an https address");
            }

            // A source cannot back a compliance statement unless the pack says when it was listed and whether its text
            // was read: `read` is the day its text was last read, `listed` the day it was listed without being re-read
            // (the citation then says "not re-read"). `checked` is the older spelling of `read`.
            var read = r.Node(map, "read") is not null ? r.Date(map, "read", path) : r.Node(map, "checked") is not null ? r.Date(map, "checked", path) : null;
            var listed = r.Node(map, "listed") is not null ? r.Date(map, "listed", path) : read;
            if (r.Node(map, "read") is not null && r.Node(map, "checked") is not null)
            {
                r.Error(r.Node(map, "checked"), $"{path}.checked", "give either read or checked (its older name), not both");
            }

            if (listed is null && r.Node(map, "listed") is null && r.Node(map, "read") is null && r.Node(map, "checked") is null)
            {
                r.Error(map, $"{path}.read", "is required: the day its text was read (read), or the day it was listed without being re-read (listed)");
            }

            return id is null || kind is null || title is null || publisher is null || listed is null
                ? null
                : new Source(id, kind, title, publisher, url, r.Str(map, "version", path, required: false), listed.Value, read, r.Str(map, "note", path, required: false));
        });

    public static List<Located<Principle>> Principles(PackReader r, YamlMappingNode root) =>
        Items(r, root, "principles", (map, path) =>
        {
            r.OnlyKeys(map, path, "id", "kind", "title", "summary", "why", "source", "translations");
            var id = r.Str(map, "id", path);
            var kind = r.Str(map, "kind", path);
            if (kind is not null and not ("recommendation" or "lesson" or "principle"))
            {
                r.Error(r.Node(map, "kind"), $"{path}.kind", $"'{kind}' must be recommendation, lesson or principle");
            }

            var title = r.Str(map, "title", path);
            var summary = r.Str(map, "summary", path);
            var why = r.Str(map, "why", path);
            var source = r.Str(map, "source", path);
            return id is null || kind is null || title is null || summary is null || why is null || source is null
                ? null
                : new Principle(id, kind, title, summary, why, source)
                {
                    Translations = TranslationReader.Read(r, map, path, new Dictionary<string, string?> { ["title"] = title, ["summary"] = summary, ["why"] = why }),
                };
        });

    public static List<Located<Question>> Questions(PackReader r, YamlMappingNode root) =>
        Items(r, root, "questions", (map, path) =>
        {
            r.OnlyKeys(map, path, "id", "label", "kind", "prompt", "help", "principle", "when", "choices", "min_length", "max_length", "min", "max", "whole", "after", "format", "translations");
            var id = r.Str(map, "id", path);
            var kindText = r.Str(map, "kind", path);
            QuestionKind? kind = kindText switch
            {
                "text" => QuestionKind.Text,
                "number" => QuestionKind.Number,
                "confirm" => QuestionKind.Confirm,
                "choice" => QuestionKind.Choice,
                "multi_choice" => QuestionKind.MultiChoice,
                "date" => QuestionKind.Date,
                null => null,
                _ => Invalid(r, map, "kind", path, $"'{kindText}' must be text, number, confirm, choice, multi_choice or date"),
            };
            var label = r.Str(map, "label", path);
            var prompt = r.Str(map, "prompt", path);
            var help = r.Str(map, "help", path);
            var format = r.Str(map, "format", path, required: false);
            if (format is not null && (format is not (AnswerFormats.CountryList or AnswerFormats.Country or AnswerFormats.DateList) || kind is not QuestionKind.Text))
            {
                r.Error(r.Node(map, "format"), $"{path}.format", "only text questions have a format, and it must be countries, country or dates");
            }

            var choices = kind is QuestionKind.Choice or QuestionKind.MultiChoice ? Choices(r, map, path) : [];
            if (kind is not (QuestionKind.Choice or QuestionKind.MultiChoice) && r.Node(map, "choices") is { } extra)
            {
                r.Error(extra, $"{path}.choices", "only choice and multi_choice questions have choices");
            }

            var translations = QuestionTranslationReader.Read(r, map, path, prompt, help, label, choices);
            return id is null || label is null || kind is null || prompt is null || help is null
                ? null
                : new Question
                {
                    Translations = translations,
                    Id = id,
                    Label = label,
                    Kind = kind.Value,
                    Prompt = prompt,
                    Help = help,
                    PrincipleId = r.Str(map, "principle", path, required: false),
                    When = r.When(map, path),
                    Choices = choices,
                    MinLength = r.Int(map, "min_length", path, required: false, min: 0, max: 4000),
                    MaxLength = r.Int(map, "max_length", path, required: false, min: 1, max: 4000),
                    Min = r.Dec(map, "min", path),
                    Max = r.Dec(map, "max", path),
                    Whole = r.Bool(map, "whole", path),
                    After = r.Str(map, "after", path, required: false),
                    Format = format,
                };
        });

    public static List<Located<PrincipleRules>> Assessment(PackReader r, YamlMappingNode root) =>
        Items(r, root, "assessment", (map, path) =>
        {
            r.OnlyKeys(map, path, "principle", "rules");
            var principle = r.Str(map, "principle", path);
            var rules = new List<AssessmentRule>();
            var items = r.Seq(map, "rules", path);
            for (var i = 0; i < items.Count; i++)
            {
                var rulePath = $"{path}.rules[{i}]";
                if (r.Map(items[i], rulePath) is not { } rule)
                {
                    continue;
                }

                r.OnlyKeys(rule, rulePath, "status", "when", "reason", "source", "cite", "translations");
                var statusText = r.Str(rule, "status", rulePath);
                AssessmentStatus? status = statusText switch
                {
                    "strong" => AssessmentStatus.Strong,
                    "needs_attention" => AssessmentStatus.NeedsAttention,
                    "gap" => AssessmentStatus.Gap,
                    null => null,
                    _ => InvalidStatus(r, rule, rulePath, statusText),
                };
                var when = r.When(rule, rulePath);
                var reason = r.Str(rule, "reason", rulePath);
                var source = r.Str(rule, "source", rulePath);
                if (i == items.Count - 1 && r.Node(rule, "when") is not null)
                {
                    r.Error(items[i], rulePath, "the last rule must have no 'when': it is the default");
                }

                if (status is not null && reason is not null && source is not null)
                {
                    rules.Add(new AssessmentRule(status.Value, when, reason, source, r.Str(rule, "cite", rulePath, required: false))
                    {
                        Translations = TranslationReader.Read(r, rule, rulePath, new Dictionary<string, string?> { ["reason"] = reason }),
                    });
                }
            }

            return principle is null ? null : new PrincipleRules(principle, rules);
        });

    public static List<Located<ChecklistTemplate>> Checklist(PackReader r, YamlMappingNode root) =>
        Items(r, root, "checklist", (map, path) =>
        {
            r.OnlyKeys(map, path, "id", "principle", "source", "cite", "when", "text", "due", "translations");
            var id = r.Str(map, "id", path);
            var principle = r.Str(map, "principle", path);
            var source = r.Str(map, "source", path);
            var text = r.Str(map, "text", path);
            var when = r.When(map, path);
            DueExpression? due = null;
            if (r.Str(map, "due", path, required: false) is { } dueText)
            {
                try
                {
                    due = DueExpression.Parse(dueText);
                }
                catch (FormatException ex)
                {
                    r.Error(r.Node(map, "due"), $"{path}.due", ex.Message);
                }
            }

            var translations = TranslationReader.Read(r, map, path, new Dictionary<string, string?> { ["text"] = text });
            return id is null || principle is null || source is null || text is null
                ? null
                : new ChecklistTemplate(id, principle, source, when, text, due, r.Str(map, "cite", path, required: false)) { Translations = translations };
        });

    public static List<Located<QuizQuestion>> Quiz(PackReader r, YamlMappingNode root) =>
        Items(r, root, "quiz", (map, path) =>
        {
            r.OnlyKeys(map, path, "id", "principle", "topic", "source", "cite", "scenario", "options", "explanation", "translations");
            var id = r.Str(map, "id", path);
            var principle = r.Str(map, "principle", path, required: false);
            var topic = r.Str(map, "topic", path, required: false);
            if (principle is null && topic is null)
            {
                r.Error(map, $"{path}.principle", "a question needs a principle or a topic");
            }

            var source = r.Str(map, "source", path);
            var scenario = r.Str(map, "scenario", path);
            var explanation = r.Str(map, "explanation", path);
            var options = new List<QuizOption>();
            var items = r.Seq(map, "options", path);
            for (var i = 0; i < items.Count; i++)
            {
                if (r.Map(items[i], $"{path}.options[{i}]") is { } option)
                {
                    r.OnlyKeys(option, $"{path}.options[{i}]", "text", "correct");
                    if (r.Str(option, "text", $"{path}.options[{i}]") is { } text)
                    {
                        options.Add(new QuizOption(text, r.Bool(option, "correct", $"{path}.options[{i}]")));
                    }
                }
            }

            if (items.Count > 0 && options.Count(o => o.Correct) != 1)
            {
                r.Error(r.Node(map, "options"), $"{path}.options", "exactly one option must be marked correct: true");
            }

            // Two options with the same words would make the correct answer ambiguous.
            foreach (var text in options.GroupBy(o => o.Text.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                r.Error(r.Node(map, "options"), $"{path}.options", $"the option '{text}' appears more than once, so the correct option is not unique");
            }

            if (items.Count is > 0 and < 2)
            {
                r.Error(r.Node(map, "options"), $"{path}.options", "a question needs at least two options");
            }

            var translations = TranslationReader.Read(
                r,
                map,
                path,
                topic is null
                    ? new Dictionary<string, string?> { ["scenario"] = scenario, ["explanation"] = explanation }
                    : new Dictionary<string, string?> { ["scenario"] = scenario, ["explanation"] = explanation, ["topic"] = topic },
                new Dictionary<string, IReadOnlyList<string>> { ["options"] = [.. options.Select(o => o.Text)] });
            return id is null || source is null || scenario is null || explanation is null || (principle is null && topic is null)
                ? null
                : new QuizQuestion(id, principle, source, scenario, options, explanation) { Topic = topic, Cite = r.Str(map, "cite", path, required: false), Translations = translations };
        });

    public static DisclosureSection Disclosure(PackReader r, YamlMappingNode root) => DisclosureSectionReader.Read(r, root);

    /// <summary>Reads a list of mappings, skipping items that had errors (already reported).</summary>
    internal static List<Located<T>> Items<T>(PackReader r, YamlMappingNode root, string key, Func<YamlMappingNode, string, T?> read, bool required = true)
        where T : class
    {
        var result = new List<Located<T>>();
        var items = r.Seq(root, key, key, required);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{key}[{i}]";
            if (r.Map(items[i], path) is { } map && read(map, path) is { } value)
            {
                result.Add(new Located<T>(value, map, path));
            }
        }

        return result;
    }

    private static IReadOnlyList<QuestionChoice> Choices(PackReader r, YamlMappingNode map, string path)
    {
        var choices = new List<QuestionChoice>();
        var items = r.Seq(map, "choices", path);
        for (var i = 0; i < items.Count; i++)
        {
            var choicePath = $"{path}.choices[{i}]";
            if (r.Map(items[i], choicePath) is not { } choice)
            {
                continue;
            }

            r.OnlyKeys(choice, choicePath, "value", "title", "synonyms");
            var value = r.Str(choice, "value", choicePath);
            var title = r.Str(choice, "title", choicePath);
            var synonyms = r.Node(choice, "synonyms") is YamlSequenceNode seq
                ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
                : [];
            if (value is not null && title is not null)
            {
                if (choices.Any(c => c.Value == value))
                {
                    r.Error(items[i], $"{choicePath}.value", $"duplicate choice value '{value}'");
                }

                choices.Add(new QuestionChoice(value, title, synonyms));
            }
        }

        return choices;
    }

    private static QuestionKind? Invalid(PackReader r, YamlMappingNode map, string key, string path, string message)
    {
        r.Error(r.Node(map, key), $"{path}.{key}", message);
        return null;
    }

    private static AssessmentStatus? InvalidStatus(PackReader r, YamlMappingNode rule, string path, string status)
    {
        r.Error(r.Node(rule, "status"), $"{path}.status", $"'{status}' must be strong, needs_attention or gap");
        return null;
    }
}
