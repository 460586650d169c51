using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Reads fields from YAML nodes and collects errors that name file, line and field path, so a pack author sees
/// every problem at once instead of one exception at a time.
/// </summary>
internal sealed class PackReader(string file)
{
    private readonly List<string> errors = [];

    public IReadOnlyList<string> Errors => errors;

    public void Error(YamlNode? node, string path, string message) =>
        errors.Add($"{file}:{(node is null ? 1 : node.Start.Line)}: {path}: {message}");

    /// <summary>Flags keys the reader does not know: usually a typo that would otherwise be ignored silently.</summary>
    public void OnlyKeys(YamlMappingNode map, string path, params string[] allowed)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                Error(key, $"{path}.{key.Value}", $"unknown field (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode? Map(YamlNode? node, string path, bool required = true)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (node is not null || required)
        {
            Error(node, path, node is null ? "is required" : "must be a mapping");
        }

        return null;
    }

    public IReadOnlyList<YamlNode> Seq(YamlMappingNode map, string key, string path, bool required = true)
    {
        var node = Node(map, key);
        if (node is YamlScalarNode { Value: null or "" })
        {
            // "choices:" with nothing under it reads as an empty value: the same mistake as an empty list.
            node = new YamlSequenceNode();
        }

        if (node is YamlSequenceNode seq)
        {
            if (seq.Children.Count == 0 && required)
            {
                Error(Node(map, key), $"{path}.{key}", "must not be empty");
            }

            return [.. seq.Children];
        }

        if (node is not null || required)
        {
            Error(node ?? map, $"{path}.{key}", node is null ? "is required" : "must be a list");
        }

        return [];
    }

    public string? Str(YamlMappingNode map, string key, string path, bool required = true)
    {
        var node = Node(map, key);
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }

        if (node is not null && node is not YamlScalarNode)
        {
            Error(node, $"{path}.{key}", "must be text");
        }
        else if (required)
        {
            Error(node ?? map, $"{path}.{key}", "is required");
        }

        return null;
    }

    public int? Int(YamlMappingNode map, string key, string path, bool required = true, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Str(map, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(Node(map, key), $"{path}.{key}", $"'{text}' is not a whole number from {min} to {max}");
            return null;
        }

        return value;
    }

    public decimal? Dec(YamlMappingNode map, string key, string path)
    {
        var text = Str(map, key, path, required: false);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Error(Node(map, key), $"{path}.{key}", $"'{text}' is not a number");
            return null;
        }

        return value;
    }

    public bool Bool(YamlMappingNode map, string key, string path)
    {
        var text = Str(map, key, path, required: false);
        if (text is null)
        {
            return false;
        }

        if (!bool.TryParse(text, out var value))
        {
            Error(Node(map, key), $"{path}.{key}", $"'{text}' is not true or false");
        }

        return value;
    }

    /// <summary>A yyyy-mm-dd date, such as the day a source was last checked.</summary>
    public DateOnly? Date(YamlMappingNode map, string key, string path, bool required = true)
    {
        var text = Str(map, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(Node(map, key), $"{path}.{key}", $"'{text}' is not a date (yyyy-mm-dd)");
            return null;
        }

        return date;
    }

    /// <summary>A list of plain texts ([a, b]); empty when absent.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> Texts(YamlMappingNode map, string key, string path) =>
        [.. Seq(map, key, path, required: false).Select(n => n is YamlScalarNode { Value: { } v } ? (v.Trim(), n) : (Bad(n, $"{path}.{key}"), n)).Where(x => x.Item1.Length > 0)];

    private string Bad(YamlNode node, string path)
    {
        Error(node, path, "must be a list of texts");
        return "";
    }

    public Condition? When(YamlMappingNode map, string path)
    {
        var text = Str(map, "when", path, required: false);
        if (text is null)
        {
            return null;
        }

        try
        {
            return Condition.Parse(text);
        }
        catch (ConditionSyntaxException ex)
        {
            Error(Node(map, "when"), $"{path}.when", $"cannot read condition '{text}': {ex.Message}");
            return null;
        }
    }
}
