using System.Text.Json.Nodes;
using static System.Net.WebUtility;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>Slack's payloads for a review card click and the comment modal's submission, from any user.</summary>
public static class ApprovalPayloads
{
    /// <summary>A click on the review card button titled <paramref name="title"/>, by <paramref name="user"/>, with a fresh trigger_id.</summary>
    public static (string Body, string TriggerId) Click(RecordedCall card, string title, string user, string name, Uri responseUrl)
    {
        ArgumentNullException.ThrowIfNull(card);
        var channel = card["channel"]!;
        var trigger = $"13345224609.738474920.{Guid.NewGuid():N}";
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["name"] = name, ["team_id"] = SlackBotFactory.Team },
            ["api_app_id"] = "A0APP0001",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = card.Ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = trigger,
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "compliance-review" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = card.Ts, ["blocks"] = card.Body["blocks"]!.DeepClone() },
            ["response_url"] = responseUrl.AbsoluteUri,
            ["actions"] = new JsonArray(Button(card, title)),
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
        };
        return ("payload=" + UrlEncode(payload.ToJsonString()), trigger);
    }

    /// <summary>The clicked button as Slack sends it: its action id, block id and value.</summary>
    public static JsonObject Button(RecordedCall card, string title)
    {
        ArgumentNullException.ThrowIfNull(card);
        var block = card.Body["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "actions")!;
        var button = block["elements"]!.AsArray().Single(e => (string?)e!["text"]!["text"] == title)!;
        return new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = (string)button["action_id"]!,
            ["block_id"] = (string)block["block_id"]!,
            ["value"] = (string)button["value"]!,
            ["action_ts"] = "1700000001.000",
        };
    }

    /// <summary>The modal opened with views.open, submitted by <paramref name="user"/> with <paramref name="comment"/> typed in.</summary>
    public static string Submit(RecordedCall viewsOpen, string user, string name, string comment)
    {
        ArgumentNullException.ThrowIfNull(viewsOpen);
        var view = viewsOpen.Body["view"]!.AsObject();
        var input = view["blocks"]!.AsArray().First(b => (string?)b!["type"] == "input")!;
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["name"] = name, ["team_id"] = SlackBotFactory.Team },
            ["api_app_id"] = "A0APP0001",
            ["trigger_id"] = $"13345224609.738474921.{Guid.NewGuid():N}",
            ["view"] = new JsonObject
            {
                ["id"] = "V0VIEW0001",
                ["type"] = "modal",
                ["callback_id"] = view["callback_id"]!.DeepClone(),
                ["private_metadata"] = view["private_metadata"]!.DeepClone(),
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        [(string)input["block_id"]!] = new JsonObject
                        {
                            [(string)input["element"]!["action_id"]!] = new JsonObject { ["type"] = "plain_text_input", ["value"] = comment },
                        },
                    },
                },
            },
        };
        return "payload=" + UrlEncode(payload.ToJsonString());
    }
}
