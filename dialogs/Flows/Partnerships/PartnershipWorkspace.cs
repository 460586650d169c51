using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// What the host loads for a turn: the user's collaborations (as owner or creator), newest first, and their quiz
/// record. The dialogs read it and ask for changes through effects.
/// </summary>
public sealed record PartnershipWorkspace(IReadOnlyList<CollaborationRecord> Collaborations, QuizRecord? Quiz = null)
{
    public static PartnershipWorkspace Empty { get; } = new([]);

    /// <summary>The stored disclosure obligations of the submitted collaborations, with their reminder state.</summary>
    public IReadOnlyList<ObligationRecord> Obligations { get; init; } = [];

    /// <summary>The collaboration by its list number ("open 2"), 1-based in <see cref="Collaborations"/> order.</summary>
    public CollaborationRecord? ByNumber(int number) =>
        number >= 1 && number <= Collaborations.Count ? Collaborations[number - 1] : null;

    public CollaborationRecord? ById(Guid id) => Collaborations.FirstOrDefault(c => c.Id == id);
}

public sealed record CollaborationRecord
{
    public required Guid Id { get; init; }
    public required string Title { get; init; }
    /// <summary>One of <see cref="CollaborationStatus"/>.</summary>
    public required string Status { get; init; }
    public required Answers Answers { get; init; }
    public required string CreatedBy { get; init; }
    public IReadOnlyList<ChecklistItemRecord> Checklist { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The latest compliance review round; null before the first submission (or for one made before reviews existed).</summary>
    public ApprovalRecord? Approval { get; init; }
}

/// <summary>One checklist line as stored: built from a template, ticked by someone.</summary>
public sealed record ChecklistItemRecord
{
    public required string ItemId { get; init; }
    public required string Text { get; init; }
    public required string Source { get; init; }
    public DateOnly? Due { get; init; }
    public required string Owner { get; init; }
    public bool Done { get; init; }
    public string? DoneBy { get; init; }
    public DateTimeOffset? DoneAt { get; init; }
}

public sealed record QuizRecord(int BestScore, int Total, int Attempts);

/// <summary>A stored disclosure obligation and where its reminders stand.</summary>
public sealed record ObligationRecord
{
    public required Guid Id { get; init; }
    public required Guid CollaborationId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public DateOnly? Due { get; init; }
    public required string SourceId { get; init; }
    public string? Note { get; init; }

    /// <summary>One of <see cref="ObligationStatus"/>.</summary>
    public required string Status { get; init; }

    public string? DoneBy { get; init; }
    public DateTimeOffset? DoneAt { get; init; }
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>When the next reminder goes out, in the owner's local time; null when none is scheduled.</summary>
    public DateTimeOffset? NextReminder { get; init; }

    /// <summary>Set when the last reminder could not be delivered (bot removed or blocked).</summary>
    public string? Problem { get; init; }

    public bool IsOpen => Status == ObligationStatus.Open;
}
