using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Approvals;

/// <summary>Reads what the surfaces show: a round's review (the card), a collaboration's rounds (its history).</summary>
public sealed class ApprovalQueries(IDbContextFactory<BotDbContext> contextFactory, ApprovalReviewers reviewers)
{
    /// <summary>The review of a round as it stands now; null when the round or its collaboration is gone.</summary>
    public async Task<ApprovalReview?> ReviewAsync(Guid roundId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReviewAsync(db, roundId, cancellationToken);
    }

    /// <summary>The review of round <paramref name="round"/> of a collaboration; null when there is none.</summary>
    public async Task<ApprovalReview?> ReviewAsync(Guid collaborationId, int round, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.ApprovalRounds.AsNoTracking().Where(r => r.CollaborationId == collaborationId && r.Round == round).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } roundId ? await ReviewAsync(db, roundId, cancellationToken) : null;
    }

    /// <summary>Every round of a collaboration, first to last.</summary>
    public async Task<IReadOnlyList<ApprovalRoundRow>> RoundsAsync(Guid collaborationId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApprovalRounds.AsNoTracking().Where(r => r.CollaborationId == collaborationId).OrderBy(r => r.Round).ToListAsync(cancellationToken);
    }

    internal async Task<ApprovalReview?> ReviewAsync(BotDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.ApprovalRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null || await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == round.CollaborationId, cancellationToken) is not { } row)
        {
            return null;
        }

        var answers = PartnershipWorkspaceProvider.ToAnswers(await db.Answers.AsNoTracking().Where(a => a.CollaborationId == row.Id).ToListAsync(cancellationToken));
        var items = await db.ChecklistItems.AsNoTracking().Where(i => i.CollaborationId == row.Id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var latest = await db.ApprovalRounds.AsNoTracking().Where(r => r.CollaborationId == row.Id).OrderByDescending(r => r.Round).FirstAsync(cancellationToken);
        var obligations = await db.Obligations.AsNoTracking().Where(o => o.CollaborationId == row.Id).OrderBy(o => o.Due).ToListAsync(cancellationToken);
        var who = reviewers.For(answers);
        var oids = who.Select(r => r.TeamsAadObjectId).Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        var teamsIds = oids.Count == 0 ? [] : await db.ConversationAddresses.AsNoTracking()
            .Where(a => a.Channel == ChannelIds.Teams && a.AadObjectId != null && oids.Contains(a.AadObjectId))
            .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken);
        var collaboration = PartnershipWorkspaceProvider.ToRecord(row, answers, items) with { Approval = ApprovalInputsProvider.ToRecord(latest) };
        var obligationRecords = obligations.Select(o => o.ToRecord()).ToList();
        return new ApprovalReview(collaboration, obligationRecords, round, row.CreatedByName ?? row.CreatedByUserId, who, teamsIds);
    }
}
