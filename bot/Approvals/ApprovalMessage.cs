using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Approvals;

/// <summary>
/// One outbox message handed to an <see cref="IApprovalChannel"/>. <see cref="Row"/> says what and to whom (Kind,
/// ConversationId or RecipientId, ServiceUrl, TenantId). For review_request and card_update the channel renders
/// <see cref="Review"/> as its own card (buttons while <see cref="ApprovalReview.IsOpen"/>); card_update replaces
/// <see cref="ReplacesPostedId"/> in <see cref="ReplacesConversationId"/>. For the other kinds it sends
/// <see cref="Replies"/> (channel-neutral, already escaped), which also serve as the plain version of a card.
/// </summary>
public sealed record ApprovalMessage(ApprovalMessageRow Row, ApprovalReview Review, IReadOnlyList<Reply> Replies)
{
    /// <summary>
    /// The recipient's language, in which <see cref="Replies"/> are written: a channel renders its own card and
    /// buttons (the review card) in it too. English for a shared channel post.
    /// </summary>
    public CultureInfo Culture { get; init; } = Languages.English;

    public string? ReplacesPostedId { get; init; }
    public string? ReplacesConversationId { get; init; }
}
