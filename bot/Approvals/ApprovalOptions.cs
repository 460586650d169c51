namespace PartnershipBot.Approvals;

/// <summary>
/// Who reviews submitted collaborations and where their review requests go (section "Approvals"). With no
/// reviewers a submission still waits for review: the owner is told to contact compliance, and the start-up
/// report warns.
/// </summary>
public sealed class ApprovalOptions
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

    /// <summary>Tries of one message before it is given up (its row stays, marked failed, for the dashboard).</summary>
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the sender looks for messages to send and reviews to remind about.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A claimed message is not tried by anyone else for this long (a crashed sender's lease runs out).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>False: this instance records reviews and queues their messages, but sends none (another instance does).</summary>
    public bool SenderEnabled { get; set; } = true;
}
