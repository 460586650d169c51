using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Slack;

/// <summary>What becomes of a request envelope: acknowledged (with an optional payload) or left for Slack to resend.</summary>
public sealed record SlackSocketDispatch(bool Acknowledge, JsonNode? Payload, int Status)
{
    public static SlackSocketDispatch NotStored(int status) => new(false, null, status);
}
