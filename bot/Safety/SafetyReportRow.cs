using PartnershipBot.Data;

namespace PartnershipBot.Safety;

/// <summary>
/// One detection of possible safety information, kept for good: the record compliance reads, and the outbox the
/// sender delivers from. Written in the turn's own transaction, so a report exists exactly when the turn does.
/// </summary>
public sealed class SafetyReportRow : IOutboxRow
{
    public Guid Id { get; set; }

    /// <summary>The reference the user and pharmacovigilance both see, e.g. "PV-20261206-7K3QXM".</summary>
    public required string Reference { get; set; }

    /// <summary>Exactly what the user sent.</summary>
    public required string Text { get; set; }

    /// <summary>The kinds found (side_effect, overdose, ...), comma-separated.</summary>
    public required string Kinds { get; set; }

    /// <summary>The phrases that matched and the context words, as the detector summarised them.</summary>
    public required string Matched { get; set; }

    /// <summary>For a note the user added ("that was not a side effect"): the reference of the report it is about.</summary>
    public string? NoteOf { get; set; }

    public required string UserChannel { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }
    public string? TimeZone { get; set; }

    /// <summary>When the message arrived, in the user's time zone when known ("2026-12-06 16:37 Europe/Berlin").</summary>
    public string? LocalTime { get; set; }

    public required string ConversationId { get; set; }
    public required string TurnId { get; set; }
    public Guid? CollaborationId { get; set; }
    public string? QuestionId { get; set; }

    /// <summary>When the user sent it (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Claimed by a sender until then; a crashed sender's claim runs out and the report is sent again.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? DeliveredTo { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    /// <summary>Who marked it received, by name as shown then (names can change: <see cref="AcknowledgedById"/> is the evidence).</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>Who marked it received, stably: <c>msteams:29:...</c>, <c>slack:T1:U1</c>, <c>dashboard:&lt;Entra object id or name&gt;</c>.</summary>
    public string? AcknowledgedById { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
}
