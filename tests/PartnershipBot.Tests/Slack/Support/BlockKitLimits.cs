using System.Text.Json.Nodes;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>
/// Slack's documented Block Kit limits (api.slack.com/reference/block-kit), written out here rather than taken from
/// the renderer's constants, so a renderer that forgot one is caught: what would make Slack answer invalid_blocks.
/// </summary>
public static class BlockKitLimits
{
    public static IReadOnlyList<string> Violations(JsonArray? blocks)
    {
        var found = new List<string>();
        if (blocks is null || blocks.Count == 0 || blocks.Count > 50)
        {
            found.Add($"a message has 1 to 50 blocks, not {blocks?.Count ?? 0}");
            return found;
        }

        foreach (var block in blocks.OfType<JsonObject>())
        {
            var type = (string?)block["type"];
            Check(found, (string?)block["block_id"], 255, "block_id");
            switch (type)
            {
                case "section":
                    Check(found, (string?)block["text"]?["text"], 3000, "section text");
                    var fields = block["fields"]?.AsArray() ?? [];
                    if (fields.Count > 10)
                    {
                        found.Add($"a section has at most 10 fields, not {fields.Count}");
                    }

                    foreach (var field in fields)
                    {
                        Check(found, (string?)field?["text"], 2000, "field text");
                    }

                    if (block["text"] is null && fields.Count == 0)
                    {
                        found.Add("a section needs text or fields");
                    }

                    break;
                case "actions":
                    var elements = block["elements"]?.AsArray() ?? [];
                    if (elements.Count is 0 or > 25)
                    {
                        found.Add($"an actions block has 1 to 25 elements, not {elements.Count}");
                    }

                    foreach (var element in elements.OfType<JsonObject>().Where(e => (string?)e["type"] == "button"))
                    {
                        Check(found, (string?)element["text"]?["text"], 75, "button text");
                        Check(found, (string?)element["value"], 2000, "button value");
                        Check(found, (string?)element["action_id"], 255, "action_id");
                    }

                    break;
                case "header":
                    Check(found, (string?)block["text"]?["text"], 150, "header text");
                    break;
                case "context" or "divider" or "input" or "rich_text":
                    break;
                default:
                    found.Add($"unknown block type {type}");
                    break;
            }
        }

        return found;
    }

    private static void Check(List<string> found, string? text, int max, string what)
    {
        if (text is not null && text.Length > max)
        {
            found.Add($"{what} longer than {max} ({text.Length})");
        }
    }
}
