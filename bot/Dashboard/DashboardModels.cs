using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dashboard;

/// <summary>Overall readiness of a collaboration: the worst status of its assessment.</summary>
public enum Readiness
{
    Strong,
    NeedsAttention,
    Gap,
}

public sealed record CollaborationFilter
{
    public string? Status { get; init; }
    public string? Owner { get; init; }
    public string? PartnerType { get; init; }
    public string? Country { get; init; }
    public int? Year { get; init; }
    public Readiness? Readiness { get; init; }
    public bool OverdueOnly { get; init; }
    public string? Search { get; init; }

    /// <summary>The latest review round's status (ApprovalStatus: awaiting, approved, changes_requested, rejected).</summary>
    public string? Approval { get; init; }

    /// <summary>title, partner, owner, status, start, readiness, overdue or next.</summary>
    public string Sort { get; init; } = "title";

    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
}

/// <summary>One row of the collaborations table, with the fields the code's disclosure needs read from the answers.</summary>
public sealed record CollaborationSummary
{
    public required Guid Id { get; init; }
    public required string Title { get; init; }
    public required string Partner { get; init; }
    public required string Status { get; init; }
    public required string Owner { get; init; }

    /// <summary>The chat account that created it, as stored (channel:user id).</summary>
    public required string CreatedBy { get; init; }

    public required string CreatedByChannel { get; init; }
    public string? PartnerType { get; init; }
    public string? PartnerTypeTitle { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public string? SupportType { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    /// <summary>Null for a draft: its answers are incomplete, so it is not assessed yet.</summary>
    public required Readiness? Readiness { get; init; }
    public required int ChecklistDone { get; init; }
    public required int ChecklistTotal { get; init; }
    public required int Overdue { get; init; }
    public DateOnly? NextDue { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The latest review round; null while it was never submitted for review.</summary>
    public ApprovalRoundView? Approval { get; init; }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>What the filter lists offer, from the collaborations the viewer may see.</summary>
public sealed record FilterChoices(IReadOnlyList<string> Owners, IReadOnlyList<(string Value, string Title)> PartnerTypes, IReadOnlyList<string> Countries, IReadOnlyList<int> Years);

public sealed record AnswerView(string QuestionId, string Label, string Text, string AnsweredBy, DateTimeOffset AnsweredAt);

public sealed record ChecklistView(string ItemId, string Text, string Source, DateOnly? Due, string Owner, bool Done, string? DoneBy, DateTimeOffset? DoneAt, string? DoneById = null);

public sealed record DeliveryView(DateTimeOffset StartedAt, int Attempts, DateTimeOffset? CompletedAt, string? Outcome);

public sealed record ReminderView(string Kind, DateTimeOffset SendAt, string Status, int Attempts, string? LastError, DateTimeOffset? SentAt, DeliveryView? Delivery);

public sealed record ObligationView(Guid Id, string Kind, string Title, DateOnly? Due, string Status, string Source, string? Note, string? DoneBy, DateTimeOffset? DoneAt, IReadOnlyList<ReminderView> Reminders);

/// <summary>
/// One line of the audit trail. <see cref="Channel"/> is where the change was made: collaborations are edited only
/// in their creator's own chat, so it is the creator's channel; the bot's own reminder sends, failures and
/// escalations say "bot".
/// </summary>
/// <param name="ActorId">Who acted as <c>channel:userId</c> (stable; the name can be edited), or null for the bot and older rows.</param>
public sealed record AuditEntry(DateTimeOffset At, Guid CollaborationId, string Collaboration, string Actor, string Channel, string Action, string? Detail, string? ActorId = null);

public sealed record CollaborationDetail(
    CollaborationSummary Summary,
    IReadOnlyList<AnswerView> Answers,
    Assessment Assessment,
    IReadOnlyList<ChecklistView> Checklist,
    IReadOnlyList<ObligationView> Obligations,
    IReadOnlyList<AuditEntry> Audit)
{
    /// <summary>Every review round, first to last: the decision history.</summary>
    public IReadOnlyList<ApprovalRoundView> Rounds { get; init; } = [];

    /// <summary>The notes its owner attached (Slack's "Add to a collaboration"), oldest first.</summary>
    public IReadOnlyList<NoteView> Notes { get; init; } = [];
}

/// <summary>A note on a collaboration, as the dashboard shows it (the text is the user's: the page encodes it).</summary>
public sealed record NoteView(DateTimeOffset At, string Author, string Source, string Text);

/// <summary>An open obligation on the disclosure calendar; <see cref="Code"/> is the source (code) it comes from.</summary>
public sealed record CalendarEntry(Guid CollaborationId, string Collaboration, string Title, DateOnly Due, string Owner, IReadOnlyList<string> Countries, string Code, bool Overdue);

public sealed record PrincipleReadiness(string PrincipleId, string Title, int Strong, int NeedsAttention, int Gap);

public sealed record DisclosureCalendarView(DateOnly Today, IReadOnlyList<CalendarEntry> Overdue, IReadOnlyList<CalendarEntry> Upcoming, IReadOnlyList<(DateOnly Month, int Count)> PerMonth, IReadOnlyList<PrincipleReadiness> ReadinessByPrinciple);

/// <summary>One line of the year's public disclosure list, in the shape the code's publication needs.</summary>
public sealed record DisclosureLine(
    string Organisation,
    string Country,
    string PartnerType,
    string SupportType,
    decimal? Amount,
    string? Currency,
    string Description,
    DateOnly? Start,
    DateOnly? End,
    DateOnly? Due,
    string Clause,
    string Owner,
    string ObligationStatus);

public sealed record ChecklistStatusLine(string Collaboration, string Owner, string Item, DateOnly? Due, bool Done, string? DoneBy, DateTimeOffset? DoneAt, string Source, string? DoneById = null);
