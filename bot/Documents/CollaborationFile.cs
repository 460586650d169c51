using PartnershipBot.Approvals;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;

namespace PartnershipBot.Documents;

/// <summary>Everything the database holds about one collaboration, read once for its documents.</summary>
public sealed record CollaborationFile(
    CollaborationRow Collaboration,
    IReadOnlyList<AnswerRow> AnswerRows,
    Answers Answers,
    IReadOnlyList<ChecklistItemRow> Checklist,
    IReadOnlyList<ObligationRow> Obligations,
    IReadOnlyList<ObligationEventRow> ObligationEvents,
    IReadOnlyList<ReminderRow> Reminders,
    IReadOnlyList<ReminderDeliveryRow> Deliveries,
    IReadOnlyList<AuditEventRow> Audit,
    IReadOnlyList<ApprovalRoundRow> ApprovalRounds)
{
    /// <summary>The project owner as the dashboard shows it: the named owner, else who created it.</summary>
    public string Owner => OwnerOf(Collaboration, Answers);

    public static string OwnerOf(CollaborationRow row, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Get(QuestionIds.OwnerIsMe) == "no" && answers.Get(QuestionIds.OwnerName) is { Length: > 0 } named
            ? named
            : row.CreatedByName ?? row.CreatedByUserId;
    }
}
