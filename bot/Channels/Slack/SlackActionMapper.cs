using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// block_actions -> UserAction, generically: the action id (without its "#suffix") is the UserAction id; a
/// button value that is a JSON object is merged into the values, a plain value is stored under the action
/// id; every input in the message's state is added (checklist groups as "item:{id}" = "true"/"false").
/// </summary>
public static class SlackActionMapper
{
    /// <summary>True for clicks on input-only elements (multi-select checkboxes) that wait for a submit.</summary>
    public static bool IsInputOnly(string actionId) =>
        SlackBlocks.SplitActionId(actionId).Suffix.StartsWith(SlackBlocks.InputSuffix, StringComparison.Ordinal);

    public static UserAction Map(JsonObject action, JsonObject? stateValues, JsonArray? messageBlocks)
    {
        ArgumentNullException.ThrowIfNull(action);
        var actionId = Str(action["action_id"]) ?? throw new FormatException("The action has no action_id.");
        var (id, _) = SlackBlocks.SplitActionId(actionId);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (blockId, inputs) in stateValues ?? [])
        {
            foreach (var (inputId, input) in inputs as JsonObject ?? [])
            {
                if (input is JsonObject state && inputId != actionId)
                {
                    ApplyInput(values, blockId, inputId, state, messageBlocks);
                }
            }
        }

        // The clicked element last: its own value is the freshest and wins over the state snapshot.
        ApplyInput(values, Str(action["block_id"]), actionId, action, messageBlocks);

        // A question's card names the question in its block ids; the engine refuses clicks on older cards.
        if (SlackBlocks.PromptToken(Str(action["block_id"])) is { } token)
        {
            values[CardIds.Prompt] = token;
        }

        return new UserAction(id, values);
    }

    private static void ApplyInput(Dictionary<string, string> values, string? blockId, string inputId, JsonObject input, JsonArray? messageBlocks)
    {
        var key = SlackBlocks.SplitActionId(inputId).Id;
        switch (Str(input["type"]))
        {
            case "button":
                ApplyButtonValue(values, key, Str(input["value"]));
                break;
            case "datepicker":
                Set(values, key, Str(input["selected_date"]));
                break;
            case "static_select" or "radio_buttons" or "external_select":
                Set(values, key, Str(input["selected_option"]?["value"]));
                break;
            case "plain_text_input":
                Set(values, key, Str(input["value"]));
                break;
            case "multi_static_select" or "multi_external_select":
                Append(values, key, Selected(input));
                break;
            case "checkboxes":
                ApplyCheckboxes(values, blockId, key, Selected(input), messageBlocks);
                break;
            default:
                break;
        }
    }

    private static void ApplyButtonValue(Dictionary<string, string> values, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.StartsWith('{'))
        {
            try
            {
                if (JsonSerializer.Deserialize<Dictionary<string, string>>(value) is { } map)
                {
                    foreach (var (k, v) in map)
                    {
                        values[k] = v;
                    }

                    return;
                }
            }
            catch (JsonException)
            {
                // Not our JSON: treat it as a plain value below.
            }
        }

        values[key] = value;
    }

    private static void ApplyCheckboxes(Dictionary<string, string> values, string? blockId, string key, List<string> selected, JsonArray? messageBlocks)
    {
        var meta = SlackChecklistBlocks.ParseBlockId(blockId);
        var isChecklist = meta is not null || selected.Any(v => v.StartsWith(CardIds.ChecklistItemPrefix, StringComparison.Ordinal));
        if (!isChecklist)
        {
            Append(values, key, selected);
            return;
        }

        foreach (var (k, v) in meta?.Values ?? new Dictionary<string, string>())
        {
            values.TryAdd(k, v);
        }

        var known = meta?.ItemIds?.Select(i => CardIds.ChecklistItemPrefix + i) ?? OptionsInMessage(messageBlocks, blockId);
        foreach (var item in known)
        {
            values[item] = "false";
        }

        foreach (var item in selected.Where(v => v.StartsWith(CardIds.ChecklistItemPrefix, StringComparison.Ordinal)))
        {
            values[item] = "true";
        }
    }

    private static IEnumerable<string> OptionsInMessage(JsonArray? blocks, string? blockId) =>
        (blocks ?? [])
            .OfType<JsonObject>()
            .Where(b => blockId is not null && Str(b["block_id"]) == blockId)
            .SelectMany(b => b["elements"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(e => e["options"] as JsonArray ?? [])
            .Select(o => Str(o?["value"]))
            .OfType<string>()
            .Where(v => v.StartsWith(CardIds.ChecklistItemPrefix, StringComparison.Ordinal))
            .ToList();

    private static List<string> Selected(JsonObject input) =>
        [.. (input["selected_options"] as JsonArray ?? []).Select(o => Str(o?["value"])).OfType<string>()];

    private static void Set(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }

    // Several checkbox groups of one multi-select share the key: their selections join into one list.
    private static void Append(Dictionary<string, string> values, string key, List<string> selected)
    {
        var all = values.TryGetValue(key, out var existing) && existing.Length > 0 ? [.. existing.Split(','), .. selected] : selected;
        values[key] = string.Join(',', all);
    }

    internal static string? Str(JsonNode? node)
    {
        try
        {
            return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        }
        catch (InvalidOperationException)
        {
            // A string JSON allows but .NET cannot hold (a lone surrogate escape) is not a usable value.
            return null;
        }
    }

    /// <summary>The node at a path of object properties, or null where any step is missing or not an object.</summary>
    internal static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node;
    }
}
