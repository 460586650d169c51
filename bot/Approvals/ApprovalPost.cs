using PartnershipBot.Dialogs;

namespace PartnershipBot.Approvals;

/// <summary>
/// Where review requests are posted: a channel (<see cref="Channel"/> "msteams" with ConversationId
/// "19:...@thread.tacv2", ServiceUrl and TenantId; or "slack" with ConversationId "C0123"), or
/// <see cref="Direct"/>: a 1:1 message to each reviewer on that platform.
/// </summary>
public sealed class ApprovalPost
{
    public string Channel { get; set; } = ChannelIds.Teams;
    public string? ConversationId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public bool Direct { get; set; }

    public bool IsConfigured => Direct || !string.IsNullOrWhiteSpace(ConversationId);
}
