namespace PartnershipBot.Channels.Slack;

/// <summary>A document to upload in place of a message (kept in the outbox, so a resend after a crash drafts it again).</summary>
public sealed record SlackFileUpload(string Kind, Guid CollaborationId, string Title);
