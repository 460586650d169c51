using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

public enum ReviewMode
{
    /// <summary>Asking the next unanswered question.</summary>
    Interview,

    /// <summary>Re-asking one question chosen with "change N", then back to the review list.</summary>
    Change,
}

/// <summary>The review interview's state: the collaboration being written and which question is open.</summary>
public sealed record ReviewState
{
    public required Guid Id { get; init; }
    public Answers Answers { get; init; } = Answers.Empty;
    public ReviewMode Mode { get; init; }

    /// <summary>The question asked in the previous step (null while the review list is open).</summary>
    public string? Asking { get; init; }

    /// <summary>Editing a submitted collaboration: its checklist, whose ticks survive the change.</summary>
    public IReadOnlyList<ChecklistItemRecord>? SubmittedChecklist { get; init; }
}
