using System.Text.Json.Nodes;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>
/// What Slack refuses in a message or a modal view, as its Block Kit reference documents it: too many blocks,
/// duplicate block_ids, texts over their limits (view title, submit and close 24 characters, input labels 2000,
/// private_metadata 3000, sections 3000, buttons 75 with values of 2000, headers 150). The fake Web API answers
/// ok:false with these, so a payload the real Slack would reject fails the test that sends it.
/// </summary>
public static class BlockKitLimits
{
    public static IReadOnlyList<string> Message(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var problems = new List<string>();
        if (body["blocks"] is JsonArray blocks)
        {
            Blocks(blocks, 50, problems);
        }

        return problems;
    }

    /// <summary>views.publish: a home view (Slack publishes nothing else on the Home tab) for a user id.</summary>
    public static IReadOnlyList<string> PublishedView(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var problems = new List<string>(View(body["view"]));
        if (string.IsNullOrEmpty(Str(body["user_id"])))
        {
            problems.Add("user_id missing");
        }

        if (Str(body["view"]?["type"]) != "home")
        {
            problems.Add("views.publish takes a home view");
        }

        return problems;
    }

    public static IReadOnlyList<string> View(JsonNode? node)
    {
        var problems = new List<string>();
        if (node is not JsonObject view)
        {
            return ["view is not an object"];
        }

        if (Str(view["type"]) is not ("modal" or "home"))
        {
            problems.Add("view.type must be modal or home");
        }

        // A home tab has no title, submit or close of its own; a modal must have a title.
        PlainText(view["title"], "view.title", 24, problems, required: Str(view["type"]) == "modal");
        PlainText(view["submit"], "view.submit", 24, problems, required: false);
        PlainText(view["close"], "view.close", 24, problems, required: false);
        Max(Str(view["private_metadata"]), 3000, "view.private_metadata", problems);
        Max(Str(view["callback_id"]), 255, "view.callback_id", problems);
        if (view["blocks"] is not JsonArray blocks)
        {
            problems.Add("view.blocks missing");
            return problems;
        }

        Blocks(blocks, 100, problems);
        if (blocks.Any(b => Str(b?["type"]) == "input") && view["submit"] is null)
        {
            problems.Add("a view with input blocks needs submit");
        }

        return problems;
    }

    private static void Blocks(JsonArray blocks, int maxBlocks, List<string> problems)
    {
        if (blocks.Count > maxBlocks)
        {
            problems.Add($"{blocks.Count} blocks (at most {maxBlocks})");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, i) in blocks.Select((b, i) => (b as JsonObject, i)))
        {
            var at = $"blocks[{i}]";
            if (block is null)
            {
                problems.Add($"{at} is not an object");
                continue;
            }

            if (Str(block["block_id"]) is { } id)
            {
                Max(id, 255, $"{at}.block_id", problems);
                if (!ids.Add(id))
                {
                    problems.Add($"{at}.block_id '{id}' is not unique");
                }
            }

            switch (Str(block["type"]))
            {
                case "header":
                    PlainText(block["text"], $"{at}.text", 150, problems, required: true);
                    break;
                case "section":
                    Max(Str(block["text"]?["text"]), 3000, $"{at}.text", problems);
                    if (block["fields"] is JsonArray fields)
                    {
                        if (fields.Count > 10)
                        {
                            problems.Add($"{at}.fields: {fields.Count} (at most 10)");
                        }

                        foreach (var field in fields)
                        {
                            Max(Str(field?["text"]), 2000, $"{at}.fields", problems);
                        }
                    }

                    if (block["text"] is null && block["fields"] is null)
                    {
                        problems.Add($"{at}: a section needs text or fields");
                    }

                    if (block["accessory"] is JsonObject accessory)
                    {
                        Element(accessory, $"{at}.accessory", problems);
                    }

                    break;
                case "actions":
                    var elements = block["elements"] as JsonArray ?? [];
                    if (elements.Count is 0 or > 25)
                    {
                        problems.Add($"{at}.elements: {elements.Count} (1 to 25)");
                    }

                    var actionIds = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var element in elements.OfType<JsonObject>())
                    {
                        Element(element, $"{at}.elements", problems);
                        if (Str(element["action_id"]) is { } actionId && !actionIds.Add(actionId))
                        {
                            problems.Add($"{at}: action_id '{actionId}' is not unique");
                        }
                    }

                    break;
                case "context":
                    var items = block["elements"] as JsonArray ?? [];
                    if (items.Count is 0 or > 10)
                    {
                        problems.Add($"{at}.elements: {items.Count} (1 to 10)");
                    }

                    foreach (var item in items)
                    {
                        Max(Str(item?["text"]), 3000, $"{at}.elements", problems);
                    }

                    break;
                case "input":
                    PlainText(block["label"], $"{at}.label", 2000, problems, required: true);
                    PlainText(block["hint"], $"{at}.hint", 2000, problems, required: false);
                    if (block["element"] is not JsonObject input)
                    {
                        problems.Add($"{at}.element missing");
                    }
                    else if (Str(input["type"]) == "plain_text_input" && input["max_length"] is JsonValue max && max.GetValue<int>() > 3000)
                    {
                        problems.Add($"{at}.element.max_length over 3000");
                    }
                    else if (Str(input["type"]) == "plain_text_input" && Str(input["initial_value"]) is { } initial
                        && initial.Length > (input["max_length"] is JsonValue limit ? limit.GetValue<int>() : 3000))
                    {
                        problems.Add($"{at}.element.initial_value longer than its max_length (or 3000)");
                    }
                    else
                    {
                        Options(input, $"{at}.element", problems);
                    }

                    break;
                case "divider" or "image" or "rich_text" or "file":
                    break;
                default:
                    problems.Add($"{at}: unknown block type '{Str(block["type"])}'");
                    break;
            }
        }
    }

    /// <summary>Radio buttons and checkboxes hold 10 options, menus 100; option texts 75, values 150; an initial option must be one of them.</summary>
    private static void Options(JsonObject input, string at, List<string> problems)
    {
        var max = Str(input["type"]) switch
        {
            "radio_buttons" or "checkboxes" => 10,
            "static_select" or "multi_static_select" => 100,
            _ => 0,
        };
        if (max == 0)
        {
            return;
        }

        var options = input["options"] as JsonArray ?? [];
        if (options.Count is 0 || options.Count > max)
        {
            problems.Add($"{at}.options: {options.Count} (1 to {max})");
        }

        foreach (var option in options)
        {
            PlainText(option?["text"], $"{at}.options.text", 75, problems, required: true);
            Max(Str(option?["value"]), 150, $"{at}.options.value", problems);
        }

        var values = options.Select(o => Str(o?["value"])).ToHashSet(StringComparer.Ordinal);
        var initial = (input["initial_options"] as JsonArray ?? []).Append(input["initial_option"]).Where(o => o is not null);
        if (initial.Any(o => !values.Contains(Str(o!["value"]))))
        {
            problems.Add($"{at}: an initial option is not one of the options");
        }
    }

    private static void Element(JsonObject element, string at, List<string> problems)
    {
        Max(Str(element["action_id"]), 255, $"{at}.action_id", problems);
        if (Str(element["type"]) == "button")
        {
            PlainText(element["text"], $"{at}.text", 75, problems, required: true);
            Max(Str(element["value"]), 2000, $"{at}.value", problems);
            if (Str(element["style"]) is { } style && style is not ("primary" or "danger"))
            {
                problems.Add($"{at}.style '{style}'");
            }

            if (element["confirm"] is JsonObject confirm)
            {
                PlainText(confirm["title"], $"{at}.confirm.title", 100, problems, required: true);
                Max(Str(confirm["text"]?["text"]), 300, $"{at}.confirm.text", problems);
                PlainText(confirm["confirm"], $"{at}.confirm.confirm", 30, problems, required: true);
                PlainText(confirm["deny"], $"{at}.confirm.deny", 30, problems, required: true);
            }
        }
    }

    private static void PlainText(JsonNode? node, string at, int max, List<string> problems, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                problems.Add($"{at} missing");
            }

            return;
        }

        if (Str(node["type"]) != "plain_text")
        {
            problems.Add($"{at} must be plain_text");
        }

        var text = Str(node["text"]);
        if (string.IsNullOrEmpty(text))
        {
            problems.Add($"{at} is empty");
        }

        Max(text, max, at, problems);
    }

    private static void Max(string? text, int max, string at, List<string> problems)
    {
        if (text is not null && text.Length > max)
        {
            problems.Add($"{at}: {text.Length} characters (at most {max})");
        }
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
