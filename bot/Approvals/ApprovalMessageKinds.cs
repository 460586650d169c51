namespace PartnershipBot.Approvals;

/// <summary>The kinds of <see cref="ApprovalMessageRow"/>.</summary>
public static class ApprovalMessageKinds
{
    /// <summary>The review card, to the configured channel or to one reviewer.</summary>
    public const string ReviewRequest = "review_request";

    /// <summary>The review has waited RemindAfterDays working days: to the same targets as the request.</summary>
    public const string ReviewerReminder = "reviewer_reminder";

    /// <summary>The review has waited EscalateAfterDays working days: to the compliance contact (Reminders:Compliance).</summary>
    public const string Escalation = "escalation";

    /// <summary>The decision, to the collaboration's owner (with the comment, and how to edit for request changes).</summary>
    public const string DecisionNotice = "decision_notice";

    /// <summary>After a decision: the posted review card replaced by one showing the decision (ReplacesMessageId).</summary>
    public const string CardUpdate = "card_update";
}
