using Microsoft.EntityFrameworkCore;
using PartnershipBot.Approvals;
using PartnershipBot.Data;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;

namespace PartnershipBot.Documents;

/// <summary>Reads what the documents need. Who may ask is the caller's check (the chat's own workspace, the dashboard's viewer).</summary>
public sealed class DocumentQueries(IDbContextFactory<BotDbContext> contextFactory)
{
    /// <summary>The collaboration's rows, or null when there is none with this id.</summary>
    public async Task<CollaborationFile?> FileAsync(Guid id, bool everything, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var answers = await db.Answers.AsNoTracking().Where(a => a.CollaborationId == id).ToListAsync(cancellationToken);
        if (!everything)
        {
            return new CollaborationFile(row, answers, PartnershipWorkspaceProvider.ToAnswers(answers), [], [], [], [], [], [], []);
        }

        var checklist = (await db.ChecklistItems.AsNoTracking().Where(i => i.CollaborationId == id).ToListAsync(cancellationToken)).OrderBy(i => i.Position).ToList();
        var obligations = (await db.Obligations.AsNoTracking().Where(o => o.CollaborationId == id).ToListAsync(cancellationToken))
            .OrderBy(o => o.Due ?? DateOnly.MaxValue).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        var obligationIds = obligations.Select(o => o.Id).ToList();
        var events = (await db.ObligationEvents.AsNoTracking().Where(e => obligationIds.Contains(e.ObligationId)).ToListAsync(cancellationToken))
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        var reminders = (await db.Reminders.AsNoTracking().Where(r => obligationIds.Contains(r.ObligationId)).ToListAsync(cancellationToken))
            .OrderBy(r => r.SendAt).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var keys = reminders.Select(r => r.Key).ToList();
        var deliveries = (await db.ReminderDeliveries.AsNoTracking().Where(d => keys.Contains(d.Key)).ToListAsync(cancellationToken))
            .OrderBy(d => d.StartedAt).ToList();
        var audit = (await db.AuditEvents.AsNoTracking().Where(e => e.CollaborationId == id).ToListAsync(cancellationToken))
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        var rounds = (await db.ApprovalRounds.AsNoTracking().Where(r => r.CollaborationId == id).ToListAsync(cancellationToken))
            .OrderBy(r => r.Round).ToList();
        return new CollaborationFile(row, answers, PartnershipWorkspaceProvider.ToAnswers(answers), checklist, obligations, events, reminders, deliveries, audit, rounds);
    }

    /// <summary>Every collaboration with its answers, for the year's publication (two queries, whatever the count).</summary>
    public async Task<IReadOnlyList<(CollaborationRow Row, Dialogs.Guidance.Answers Answers)>> AllWithAnswersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Collaborations.AsNoTracking().ToListAsync(cancellationToken);
        var answers = (await db.Answers.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(a => a.CollaborationId)
            .ToDictionary(g => g.Key, g => PartnershipWorkspaceProvider.ToAnswers(g));
        return [.. rows.Select(r => (r, answers.GetValueOrDefault(r.Id, Dialogs.Guidance.Answers.Empty)))];
    }

    /// <summary>Records a download of the evidence pack in the collaboration's audit trail (<paramref name="actor"/> is already a stable id such as dashboard:NAME).</summary>
    public async Task AuditAsync(Guid id, string actor, string action, string detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEventRow { CollaborationId = id, Actor = actor, ActorId = actor, Action = action, Detail = detail, At = at });
        await db.SaveChangesAsync(cancellationToken);
    }
}
