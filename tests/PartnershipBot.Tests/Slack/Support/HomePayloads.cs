using System.Text.Json.Nodes;
using static System.Net.WebUtility;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>Slack's App Home and shortcut payloads: app_home_opened, a click on the Home tab, a global shortcut.</summary>
public static class HomePayloads
{
    public static string HomeOpened(string eventId, string tab = "home") => SlackPayloads.Envelope(eventId, new JsonObject
    {
        ["type"] = "app_home_opened",
        ["user"] = SlackBotFactory.User,
        ["channel"] = FakeSlackApi.DmChannel,
        ["tab"] = tab,
        ["event_ts"] = "1700000000.000400",
    });

    /// <summary>A click on the Home tab: no channel, no message and no response_url, only the view.</summary>
    public static string HomeClick(JsonObject action) => Form(new JsonObject
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
        ["user"] = new JsonObject { ["id"] = SlackBotFactory.User, ["name"] = "ada", ["team_id"] = SlackBotFactory.Team },
        ["api_app_id"] = "A0APP0001",
        ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0HOME001" },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject { ["id"] = "V0HOME001", ["type"] = "home", ["blocks"] = new JsonArray() },
        ["actions"] = new JsonArray(action),
    });

    public static string Shortcut(string callbackId) => Form(new JsonObject
    {
        ["type"] = "shortcut",
        ["token"] = "legacy",
        ["action_ts"] = "1700000000.000500",
        ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
        ["user"] = new JsonObject { ["id"] = SlackBotFactory.User, ["username"] = "ada", ["team_id"] = SlackBotFactory.Team },
        ["callback_id"] = callbackId,
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
    });

    /// <summary>A message shortcut used on a message in a channel: Slack sends the message and a response_url.</summary>
    public static string MessageShortcut(string callbackId, string messageText, Uri responseUrl) => Form(new JsonObject
    {
        ["type"] = "message_action",
        ["token"] = "legacy",
        ["action_ts"] = "1700000000.000600",
        ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
        ["user"] = new JsonObject { ["id"] = SlackBotFactory.User, ["name"] = "ada", ["team_id"] = SlackBotFactory.Team },
        ["channel"] = new JsonObject { ["id"] = "C0CHAN001", ["name"] = "asthma-project" },
        ["callback_id"] = callbackId,
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["message_ts"] = "1700000000.000700",
        ["message"] = new JsonObject { ["type"] = "message", ["user"] = "U0OTHER01", ["ts"] = "1700000000.000700", ["text"] = messageText },
        ["response_url"] = responseUrl.AbsoluteUri,
    });

    /// <summary>A click on the button titled <paramref name="title"/> in a published home view (its first, or the one in the block whose id starts with <paramref name="blockPrefix"/>).</summary>
    public static JsonObject Button(RecordedCall publish, string title, string? blockPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(publish);
        var (block, button) = publish.Body["view"]!["blocks"]!.AsArray()
            .Where(b => blockPrefix is null || ((string?)b!["block_id"] ?? "").StartsWith(blockPrefix, StringComparison.Ordinal))
            .SelectMany(b => (b!["elements"]?.AsArray() ?? []).Append(b["accessory"]).Where(e => e is not null).Select(e => (Block: b, Element: e!)))
            .First(p => (string?)p.Element["text"]?["text"] == title);
        return new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = (string)button["action_id"]!,
            ["block_id"] = (string?)block["block_id"] ?? "b",
            ["value"] = (string?)button["value"],
            ["action_ts"] = "1700000003.000",
        };
    }

    private static string Form(JsonObject payload) => "payload=" + UrlEncode(payload.ToJsonString());
}
