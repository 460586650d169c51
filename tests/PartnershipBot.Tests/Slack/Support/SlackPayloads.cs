using System.Text.Json.Nodes;
using static System.Net.WebUtility;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>Request bodies shaped like Slack's, for the endpoint tests.</summary>
public static class SlackPayloads
{
    public static string Command(string text, Uri responseUrl, string team = SlackBotFactory.Team, string user = SlackBotFactory.User) =>
        $"token=legacy&team_id={team}&team_domain=acme&channel_id=C0CHAN001&channel_name=general&user_id={user}&user_name=ada" +
        $"&command=%2Fpartnership&text={UrlEncode(text)}&api_app_id=A0APP0001&response_url={UrlEncode(responseUrl.AbsoluteUri)}&trigger_id=13345224609.738474920.{Guid.NewGuid():N}";

    public static string DirectMessage(string eventId, string text, string channel = "D0DM00001", string? subtype = null, string? botId = null, string user = SlackBotFactory.User)
    {
        var ev = new JsonObject
        {
            ["type"] = "message",
            ["channel"] = channel,
            ["channel_type"] = "im",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = "1700000000.000100",
        };
        if (subtype is not null)
        {
            ev["subtype"] = subtype;
        }

        if (botId is not null)
        {
            ev["bot_id"] = botId;
        }

        return Envelope(eventId, ev);
    }

    public static string Mention(string eventId) => Envelope(eventId, new JsonObject
    {
        ["type"] = "app_mention",
        ["channel"] = "C0CHAN001",
        ["user"] = SlackBotFactory.User,
        ["text"] = "<@U0BOT0001> can you review our plan?",
        ["ts"] = "1700000000.000200",
    });

    public static string Envelope(string eventId, JsonObject ev, string team = SlackBotFactory.Team) => new JsonObject
    {
        ["token"] = "legacy",
        ["team_id"] = team,
        ["api_app_id"] = "A0APP0001",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = ev,
    }.ToJsonString();

    public static string BlockActions(JsonObject action, Uri responseUrl, bool ephemeral = false, JsonObject? state = null, string channel = "D0DM00001")
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = SlackBotFactory.User, ["name"] = "ada", ["team_id"] = SlackBotFactory.Team },
            ["api_app_id"] = "A0APP0001",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000300", ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "directmessage" },
            ["response_url"] = responseUrl.AbsoluteUri,
            ["actions"] = new JsonArray(action),
            ["state"] = new JsonObject { ["values"] = state ?? [] },
        };
        if (!ephemeral)
        {
            payload["message"] = new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000300", ["blocks"] = new JsonArray() };
        }

        return "payload=" + UrlEncode(payload.ToJsonString());
    }

    /// <summary>A click on the button titled <paramref name="title"/> in a message the bot posted.</summary>
    public static JsonObject Button(RecordedCall message, string title)
    {
        ArgumentNullException.ThrowIfNull(message);
        // The real block id: it carries the question's token, without which a click is refused as stale.
        var (block, button) = message.Body["blocks"]!.AsArray()
            .SelectMany(b => (b!["elements"]?.AsArray() ?? []).Select(e => (Block: b, Element: e!)))
            .First(p => (string?)p.Element["text"]?["text"] == title);
        return new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = (string)button["action_id"]!,
            ["block_id"] = (string)block["block_id"]!,
            ["value"] = (string)button["value"]!,
            ["action_ts"] = "1700000001.000",
        };
    }
}
