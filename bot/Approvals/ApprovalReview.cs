using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Approvals;

/// <summary>
/// Everything a review card shows, read fresh when the message is sent: the collaboration (answers, checklist,
/// its latest <see cref="CollaborationRecord.Approval"/>), its obligations, the round the card is for, and who
/// may decide. <see cref="ReviewerTeamsUserIds"/> are the Teams user ids ("29:...") of the reviewers the bot
/// knows (conversation_addresses), for the Universal Actions refresh.
/// </summary>
public sealed record ApprovalReview(
    CollaborationRecord Collaboration,
    IReadOnlyList<ObligationRecord> Obligations,
    ApprovalRoundRow Round,
    string OwnerName,
    IReadOnlyList<ApprovalReviewer> Reviewers,
    IReadOnlyList<string> ReviewerTeamsUserIds)
{
    /// <summary>True when the card's round is the collaboration's latest and still waits for a decision (show the buttons).</summary>
    public bool IsOpen => Round.Status == ApprovalStatus.Awaiting && Collaboration.Approval?.Round == Round.Round;
}
