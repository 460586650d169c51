using PartnershipBot.Data;

namespace PartnershipBot.Approvals;

/// <summary>
/// Who reviews submitted collaborations and where their review requests go (section "Approvals"). With no
/// reviewers a submission still waits for review: the owner is told to contact compliance, and the start-up
/// report warns.
/// </summary>
public sealed class ApprovalOptions : OutboxOptions
{
    public const string Section = "Approvals";

    public List<ApprovalReviewer> Reviewers { get; set; } = [];

    /// <summary>Where review requests go: a Teams or Slack channel, or 1:1 to each reviewer.</summary>
    public ApprovalPost Post { get; set; } = new();

    /// <summary>Working days (Monday to Friday) a review may wait before its reviewers are reminded; company policy.</summary>
    public int RemindAfterDays { get; set; } = 3;

    /// <summary>Working days before the compliance contact (Reminders:Compliance) hears of it; unset: twice <see cref="RemindAfterDays"/>.</summary>
    public int? EscalateAfterDays { get; set; }

    public int EffectiveEscalateAfterDays => EscalateAfterDays ?? (2 * RemindAfterDays);

    // MaxAttempts (tries of one message before it is marked failed), the retry delays, PollInterval, Lease and
    // SenderEnabled: OutboxOptions.
}
