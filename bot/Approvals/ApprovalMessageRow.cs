using PartnershipBot.Data;

namespace PartnershipBot.Approvals;

/// <summary>
/// One message approvals must send (ApprovalMessageKinds), written in the same transaction as the submission or
/// decision it follows, and sent by <see cref="ApprovalSender"/> with a lease and retries. <see cref="Key"/> is
/// unique, so each message is queued once; a crash between the send and the mark sends it again when the lease
/// runs out, never loses it.
/// </summary>
public sealed class ApprovalMessageRow : IOutboxRow
{
    public Guid Id { get; set; }

    /// <summary>Unique: "{roundId}:{kind}:{target}".</summary>
    public required string Key { get; set; }

    public Guid RoundId { get; set; }
    public Guid CollaborationId { get; set; }
    public required string Kind { get; set; }

    /// <summary>The platform: msteams, slack (console for an owner who talked in the terminal).</summary>
    public required string Channel { get; set; }

    /// <summary>A channel conversation ("19:...@thread.tacv2", "C0123"); null for a 1:1 to <see cref="RecipientId"/>.</summary>
    public string? ConversationId { get; set; }

    public string? ServiceUrl { get; set; }
    public string? TenantId { get; set; }

    /// <summary>
    /// A 1:1 recipient: a reviewer's Entra object id (Teams) or "TEAM:USER" (Slack), or the owner's channel user
    /// id (decision notices). Null for a channel post.
    /// </summary>
    public string? RecipientId { get; set; }

    public string? RecipientName { get; set; }

    /// <summary>For a card update: the review request message whose posted card it replaces.</summary>
    public Guid? ReplacesMessageId { get; set; }

    /// <summary>What the platform returned for the posted message (Teams activity id, Slack "channel/ts"): a later card update replaces it.</summary>
    public string? PostedId { get; set; }

    /// <summary>For a Teams or Slack post: the conversation the message went to (a 1:1 is created at the first send).</summary>
    public string? PostedConversationId { get; set; }

    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
