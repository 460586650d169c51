namespace PartnershipBot.Reminders;

/// <summary>
/// One transparency duty of a submitted collaboration (see DisclosureCalendar). Rows are never deleted: an
/// obligation the answers no longer produce is withdrawn, and every change is kept in <see cref="ObligationEventRow"/>.
/// </summary>
public sealed class ObligationRow
{
    public Guid Id { get; set; }
    public Guid CollaborationId { get; set; }

    /// <summary>Unique within the collaboration, e.g. "annual_disclosure:2027".</summary>
    public required string Key { get; set; }

    public required string Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly? Due { get; set; }
    public required string SourceId { get; set; }
    public string? Note { get; set; }
    public required string Status { get; set; }
    public string? DoneBy { get; set; }

    /// <summary>Who marked it done as <c>channel:userId</c>: stable, unlike the display name in <see cref="DoneBy"/>.</summary>
    public string? DoneById { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>Who is reminded, where: the creator of the collaboration on the channel it was created on.</summary>
    public required string OwnerChannel { get; set; }

    public required string OwnerUserId { get; set; }
    public string? OwnerName { get; set; }

    /// <summary>IANA or Windows id used for the local send hour; null means the configured default.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The history of an obligation: created, due date moved, withdrawn, done, snoozed, reminded, escalated.</summary>
public sealed class ObligationEventRow
{
    public long Id { get; set; }
    public Guid ObligationId { get; set; }
    public required string Action { get; set; }
    public string? Detail { get; set; }
    public required string Actor { get; set; }

    /// <summary>Who acted as <c>channel:userId</c>, or null for the bot and rows from before 2026-12.</summary>
    public string? ActorId { get; set; }

    public DateTimeOffset At { get; set; }
}

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

public static class ReminderStatus
{
    public const string Scheduled = "scheduled";
    public const string Sent = "sent";

    /// <summary>A newer reminder of the same obligation went out in its place (after downtime).</summary>
    public const string Superseded = "superseded";

    public const string Snoozed = "snoozed";
    public const string Cancelled = "cancelled";
    public const string Undeliverable = "undeliverable";
    public const string Failed = "failed";
}

public static class ReminderKinds
{
    public const string Lead = "lead";
    public const string Overdue = "overdue";
    public const string Escalation = "escalation";
    public const string Snooze = "snooze";
    public const string Custom = "custom";

    /// <summary>Reminders to the owner (everything but the escalation to compliance).</summary>
    public static bool IsForOwner(string kind) => kind != Escalation;
}

/// <summary>
/// The delivery record of one reminder occurrence, keyed like it. Written (claimed, with a lease) before the send
/// and completed after it: a crash between the two leaves the lease to expire, so the send is repeated at most once.
/// </summary>
public sealed class ReminderDeliveryRow
{
    public required string Key { get; set; }
    public Guid ReminderId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LeaseUntil { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Outcome { get; set; }
}
