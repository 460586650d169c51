namespace PartnershipBot.Partnerships;

/// <summary>A collaboration as stored. The creator (channel + user id) is whose list it appears in.</summary>
public sealed class CollaborationRow
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Status { get; set; }
    public required string CreatedByChannel { get; set; }
    public required string CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }

    /// <summary>Where it was created: later reminders go back to this conversation.</summary>
    public required string ConversationKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>One answer of a collaboration; <see cref="ValuesJson"/> is a JSON array of the canonical values.</summary>
public sealed class AnswerRow
{
    public Guid CollaborationId { get; set; }
    public required string QuestionId { get; set; }
    public required string ValuesJson { get; set; }
    public required string AnsweredBy { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}

public sealed class ChecklistItemRow
{
    public Guid CollaborationId { get; set; }
    public required string ItemId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public required string Source { get; set; }
    public DateOnly? Due { get; set; }
    public required string Owner { get; set; }
    public bool Done { get; set; }
    public string? DoneBy { get; set; }

    /// <summary>Who ticked it as <c>channel:userId</c>: stable, unlike the display name in <see cref="DoneBy"/>.</summary>
    public string? DoneById { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}

/// <summary>Who did what to a collaboration, when. Details hold ids only, never the free text of answers.</summary>
public sealed class AuditEventRow
{
    public long Id { get; set; }
    public Guid CollaborationId { get; set; }
    public required string Actor { get; set; }

    /// <summary>Who acted as <c>channel:userId</c> (a display name in <see cref="Actor"/> can be edited); null before 2026-12.</summary>
    public string? ActorId { get; set; }

    public required string Action { get; set; }
    public string? Detail { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed class QuizScoreRow
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public int BestScore { get; set; }
    public int Total { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset LastAt { get; set; }
}
