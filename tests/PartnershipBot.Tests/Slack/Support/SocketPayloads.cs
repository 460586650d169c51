using System.Text.Json.Nodes;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>Socket Mode payloads: what Slack puts in an envelope's payload, and the inbox key the bot stores it under.</summary>
public static class SocketPayloads
{
    public static JsonObject DirectMessage(string eventId, string user, string channel, string text) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = SlackBotFactory.Team,
        ["api_app_id"] = "A0APP0001",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = new JsonObject
        {
            ["type"] = "message",
            ["channel"] = channel,
            ["channel_type"] = "im",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = "1700000000.000100",
        },
    };

    /// <summary>A slash command: over the socket its form fields come as one JSON object.</summary>
    public static JsonObject Command(string text, Uri responseUrl, string user) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = SlackBotFactory.Team,
        ["team_domain"] = "acme",
        ["channel_id"] = "C0CHAN001",
        ["channel_name"] = "general",
        ["user_id"] = user,
        ["user_name"] = "ada",
        ["command"] = "/partnership",
        ["text"] = text,
        ["api_app_id"] = "A0APP0001",
        ["is_enterprise_install"] = "false",
        ["response_url"] = responseUrl.AbsoluteUri,
        ["trigger_id"] = $"13345224609.738474920.{Guid.NewGuid():N}",
    };

    /// <summary>A click in the user's DM on a message the bot posted.</summary>
    public static JsonObject Click(string user, string channel, JsonObject action, Uri responseUrl) => new()
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
        ["user"] = new JsonObject { ["id"] = user, ["name"] = "ada", ["team_id"] = SlackBotFactory.Team },
        ["api_app_id"] = "A0APP0001",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000300", ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "directmessage" },
        ["response_url"] = responseUrl.AbsoluteUri,
        ["actions"] = new JsonArray(action),
        ["state"] = new JsonObject { ["values"] = new JsonObject() },
        ["message"] = new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000300", ["blocks"] = new JsonArray() },
    };

    /// <summary>The inbox row's key for a request, as the HTTP endpoints write it.</summary>
    public static string InboxKey(string type, JsonObject payload) => type switch
    {
        "events_api" => "slack-event:" + (string?)payload["event_id"],
        "slash_commands" => "slack-cmd:" + (string?)payload["trigger_id"],
        _ => "slack-act:" + (string?)payload["trigger_id"],
    };

    /// <summary>The title of the first button in a posted message.</summary>
    public static string FirstButtonTitle(RecordedCall message) =>
        message.Body["blocks"]!.AsArray()
            .SelectMany(b => b!["elements"] as JsonArray ?? [])
            .Where(e => (string?)e!["type"] == "button")
            .Select(e => (string?)e!["text"]?["text"])
            .First(t => t is not null)!;
}
