using System.Text.Json.Nodes;
using static System.Net.WebUtility;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>
/// A modal's view_submission and view_closed as Slack sends them: the view as it was opened (id, callback_id,
/// private_metadata) with the state of its inputs, each shaped by its element type as Slack reports it.
/// </summary>
public static class ModalPayloads
{
    /// <summary>Submits <paramref name="view"/> (as opened or updated, under <paramref name="viewId"/>) with <paramref name="values"/> keyed by block id.</summary>
    public static string Submission(JsonObject view, string viewId, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(values);
        var state = new JsonObject();
        foreach (var block in view["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input"))
        {
            var id = (string)block!["block_id"]!;
            var element = block["element"]!;
            var value = values.GetValueOrDefault(id) ?? "";
            var options = element["options"]?.AsArray() ?? [];
            JsonObject Chosen(string v) => options.First(o => (string?)o!["value"] == v)!.DeepClone().AsObject();
            var type = (string)element["type"]!;
            var entry = new JsonObject { ["type"] = type };
            switch (type)
            {
                case "radio_buttons" or "static_select":
                    entry["selected_option"] = value.Length == 0 ? null : Chosen(value);
                    break;
                case "checkboxes" or "multi_static_select":
                    entry["selected_options"] = new JsonArray([.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode)Chosen(v.Trim()))]);
                    break;
                case "datepicker":
                    entry["selected_date"] = value.Length == 0 ? null : value;
                    break;
                default:
                    entry["value"] = value.Length == 0 ? null : value;
                    break;
            }

            state[id] = new JsonObject { [(string)element["action_id"]!] = entry };
        }

        return Form(Envelope("view_submission", view, viewId, state));
    }

    public static string Closed(JsonObject view, string viewId) => Form(Envelope("view_closed", view, viewId, []));

    private static JsonObject Envelope(string type, JsonObject view, string viewId, JsonObject state) => new()
    {
        ["type"] = type,
        ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
        ["user"] = new JsonObject { ["id"] = SlackBotFactory.User, ["name"] = "ada", ["team_id"] = SlackBotFactory.Team },
        ["api_app_id"] = "A0APP0001",
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject
        {
            ["id"] = viewId,
            ["team_id"] = SlackBotFactory.Team,
            ["type"] = "modal",
            ["callback_id"] = view["callback_id"]?.DeepClone(),
            ["private_metadata"] = view["private_metadata"]?.DeepClone(),
            ["blocks"] = view["blocks"]?.DeepClone(),
            ["state"] = new JsonObject { ["values"] = state },
            ["hash"] = "1700000000.hash",
        },
    };

    private static string Form(JsonObject payload) => "payload=" + UrlEncode(payload.ToJsonString());
}
