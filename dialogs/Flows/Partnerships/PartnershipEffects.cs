using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// Creates or updates a collaboration with all its answers (and, once submitted, its checklist). Drafts are saved
/// after every answer, so nothing typed is lost to a cancel or an error. Status is one of <see cref="CollaborationStatus"/>.
/// </summary>
public sealed record SaveCollaboration(
    Guid Id,
    string Title,
    string Status,
    Answers Answers,
    IReadOnlyList<ChecklistItemRecord>? Checklist,
    string Actor,
    DateTimeOffset At) : Effect;

/// <summary>Ticks or unticks one checklist item, recording who and when.</summary>
public sealed record SetChecklistItem(Guid CollaborationId, string ItemId, bool Done, string Actor, DateTimeOffset At) : Effect;

/// <summary>A finished quiz; the host keeps the best score.</summary>
public sealed record RecordQuizScore(int Score, int Total, DateTimeOffset At) : Effect;

/// <summary>Marks a disclosure obligation done (who and when) and stops its reminders.</summary>
public sealed record CompleteObligation(Guid ObligationId, string Actor, DateTimeOffset At) : Effect;

/// <summary>Holds an obligation's reminders to the owner until <see cref="Until"/>, then reminds once more.</summary>
public sealed record SnoozeObligation(Guid ObligationId, DateTimeOffset Until, string Actor, DateTimeOffset At) : Effect;

/// <summary>An extra reminder about an obligation on a day the owner chose ("remind me about 2 on 1 March").</summary>
public sealed record RemindAboutObligation(Guid ObligationId, DateOnly On, string Actor, DateTimeOffset At) : Effect;

/// <summary>Attaches a note (a message the user chose, e.g. with Slack's "Add to a collaboration") to a collaboration.</summary>
public sealed record AddCollaborationNote(Guid CollaborationId, string Text, string Source, string Actor, DateTimeOffset At) : Effect;
