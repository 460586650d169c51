namespace PartnershipBot.Approvals;

/// <summary>
/// Who decides, as each surface knows them: <see cref="ActorId"/> is the stable <c>channel:userId</c> (ActorIds),
/// with the Entra object id from Teams or the dashboard, or the Slack "TEAM:USER" id; <see cref="Name"/> is what
/// the audit trail and the card show.
/// </summary>
public sealed record ApprovalActor(string ActorId, string Name, string? EntraObjectId = null, string? SlackUserId = null);
