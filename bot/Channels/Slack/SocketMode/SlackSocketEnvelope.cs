using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// One Socket Mode message from Slack: hello, disconnect, or a request (events_api, slash_commands, interactive)
/// with the id its acknowledgement names and the same payload the HTTP endpoints receive.
/// </summary>
public sealed record SlackSocketEnvelope(string Type, string? EnvelopeId, JsonObject? Payload, JsonObject Message)
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    /// <summary>How often Slack has sent this envelope before (0 the first time).</summary>
    public int RetryAttempt => Message["retry_attempt"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    public string? RetryReason => SlackActionMapper.Str(Message["retry_reason"]);

    /// <summary>Slack shows a payload in the acknowledgement (a slash command's immediate reply).</summary>
    public bool AcceptsResponsePayload => Message["accepts_response_payload"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>disconnect's reason: refresh_requested, warning, link_disabled...</summary>
    public string? Reason => SlackActionMapper.Str(Message["reason"]);

    /// <summary>The envelope, or null when the text is not a JSON object with a type.</summary>
    public static SlackSocketEnvelope? Parse(ReadOnlySpan<byte> utf8)
    {
        JsonObject message;
        try
        {
            if (JsonNode.Parse(utf8) is not JsonObject parsed)
            {
                return null;
            }

            message = parsed;
        }
        catch (JsonException)
        {
            return null;
        }

        return SlackActionMapper.Str(message["type"]) is { Length: > 0 } type
            ? new SlackSocketEnvelope(type, SlackActionMapper.Str(message["envelope_id"]), message["payload"] as JsonObject, message)
            : null;
    }

    /// <summary>The acknowledgement Slack waits for, with an optional payload (a slash command's reply).</summary>
    public static string Ack(string envelopeId, JsonNode? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        return ack.ToJsonString();
    }
}
