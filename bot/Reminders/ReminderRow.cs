namespace PartnershipBot.Reminders;

/// <summary>One reminder occurrence. <see cref="Key"/> is unique, so re-planning never creates a second copy.</summary>
public sealed class ReminderRow
{
    public Guid Id { get; set; }
    public Guid ObligationId { get; set; }
    public required string Key { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset SendAt { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }

    /// <summary>After a failed attempt, not before this time.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static ReminderRow Scheduled(Guid obligationId, string key, string kind, DateTimeOffset sendAt, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ObligationId = obligationId,
        Key = key,
        Kind = kind,
        SendAt = sendAt,
        Status = ReminderStatus.Scheduled,
        CreatedAt = now,
    };
}
