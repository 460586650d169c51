using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The review card's buttons: their action ids, and the value each carries (the collaboration and the round the
/// card was posted for), so a click names exactly what it decides and a click on an earlier round is refused.
/// </summary>
public static class SlackApprovalActions
{
    public const string Approve = "approval.approve";
    public const string RequestChanges = "approval.request_changes";
    public const string Reject = "approval.reject";

    private const string CollaborationKey = "collaboration";
    private const string RoundKey = "round";

    public static bool IsApprovalAction(string actionId) =>
        actionId is Approve or RequestChanges or Reject;

    public static ApprovalDecision? Decision(string actionId) => actionId switch
    {
        Approve => ApprovalDecision.Approve,
        RequestChanges => ApprovalDecision.RequestChanges,
        Reject => ApprovalDecision.Reject,
        _ => null,
    };

    /// <summary>The button value: {"collaboration":"N","round":"2"}, far below Slack's 2000 characters.</summary>
    public static string Value(Guid collaborationId, int round) => new JsonObject
    {
        [CollaborationKey] = collaborationId.ToString("N"),
        [RoundKey] = round.ToString(CultureInfo.InvariantCulture),
    }.ToJsonString();

    /// <summary>The collaboration and round a button (or a modal's private_metadata) names; null when it is not one of ours.</summary>
    public static (Guid CollaborationId, int Round)? Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(value) is JsonObject obj
                && Guid.TryParseExact(SlackActionMapper.Str(obj[CollaborationKey]), "N", out var id)
                && int.TryParse(SlackActionMapper.Str(obj[RoundKey]), NumberStyles.None, CultureInfo.InvariantCulture, out var round)
                ? (id, round)
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The actor as the approvals core matches reviewers: stable id "slack:T:U" and the Slack key "T:U".</summary>
    public static ApprovalActor Actor(string teamId, string userId, string name)
    {
        var key = SlackTurnHandler.UserKey(teamId, userId);
        return new ApprovalActor($"{Dialogs.ChannelIds.Slack}:{key}", name, SlackUserId: key);
    }
}
