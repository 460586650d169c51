using Microsoft.EntityFrameworkCore;
using PartnershipBot.Approvals;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dashboard;

/// <summary>The compliance review's part of the dashboard's reads: the queue, every round, and the exports' rows.</summary>
public sealed partial class DashboardQueries
{
    /// <summary>
    /// Collaborations whose latest round awaits a decision, oldest request first, with the waiting time in working
    /// days and the reviewers it waits for.
    /// </summary>
    public async Task<IReadOnlyList<ReviewQueueEntry>> ReviewQueueAsync(DashboardViewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = (await SummariesAsync(db, viewer, null, cancellationToken)).Where(s => s.Approval?.Status == ApprovalStatus.Awaiting).ToList();
        var answers = await AnswersByCollaborationAsync(db, [.. waiting.Select(s => s.Id)], cancellationToken);
        var now = time.GetUtcNow();
        return [.. waiting
            .OrderBy(s => s.Approval!.RequestedAt).ThenBy(s => s.Id)
            .Select(s => new ReviewQueueEntry(
                s.Id, s.Title, s.Approval!.Round, s.Approval.RequestedAt, WorkingDays.Between(s.Approval.RequestedAt, now), s.Owner, s.Countries, s.PartnerTypeTitle, s.Readiness,
                [.. (reviewers?.For(answers.GetValueOrDefault(s.Id, Answers.Empty)) ?? []).Select(r => r.Describe())]))];
    }

    /// <summary>Every review round of the visible collaborations, by collaboration and round (the reviews export).</summary>
    public async Task<IReadOnlyList<(CollaborationSummary Collaboration, ApprovalRoundView Round)>> ReviewHistoryAsync(DashboardViewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summaries = (await SummariesAsync(db, viewer, null, cancellationToken)).ToDictionary(s => s.Id);
        var rounds = await ScopedRounds(db, viewer.IsCompliance ? null : [.. summaries.Keys]).ToListAsync(cancellationToken);
        return [.. rounds
            .Where(r => summaries.ContainsKey(r.CollaborationId))
            .OrderBy(r => summaries[r.CollaborationId].Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.CollaborationId).ThenBy(r => r.Round)
            .Select(r => (summaries[r.CollaborationId], ToView(r)))];
    }

    /// <summary>All collaborations the viewer may see, by title (the collaborations export).</summary>
    public async Task<IReadOnlyList<CollaborationSummary>> AllCollaborationsAsync(DashboardViewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return [.. (await SummariesAsync(db, viewer, null, cancellationToken)).OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id)];
    }

    private static IQueryable<ApprovalRoundRow> ScopedRounds(BotDbContext db, List<Guid>? ids) =>
        ids is null ? db.ApprovalRounds.AsNoTracking() : db.ApprovalRounds.AsNoTracking().Where(r => ids.Contains(r.CollaborationId));

    private static ApprovalRoundView ToView(ApprovalRoundRow r) =>
        new(r.Round, r.Status, r.RequestedAt, r.RequestedBy, r.DecidedAt, r.DecidedByName, r.DecidedById, r.DecidedByRole, r.Comment);
}
