using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Approvals;

/// <summary>
/// The one decision the three surfaces (Teams, Slack, the dashboard) call. Refusals store nothing. A decision is
/// the conditional update of the awaiting round (two reviewers at once: one update wins, the other is told who
/// decided), and in the same transaction: the audit event, on approve the certify-agreement item ticked with the
/// reviewer's name, on reject the collaboration closed and its obligations withdrawn, the owner's notice and the
/// card updates queued in the outbox.
/// </summary>
public sealed class ApprovalService(
    IDbContextFactory<BotDbContext> contextFactory,
    ApprovalReviewers reviewers,
    ApprovalOutboxWriter outbox,
    IEnumerable<IApprovalChannel> channels,
    TimeProvider clock,
    ILogger<ApprovalService> logger)
{
    private readonly HashSet<string> deliverable = [.. channels.Select(c => c.Channel)];

    /// <summary>The checklist item approval ticks ("certified before signing").</summary>
    public const string CertifyItem = "certify-agreement";

    public async Task<ApprovalOutcome> DecideAsync(Guid collaborationId, int round, ApprovalDecision decision, ApprovalActor actor, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = await TryDecideAsync(collaborationId, round, decision, actor, comment?.Trim(), cancellationToken);
        if (outcome.IsDecided)
        {
            ApprovalLog.Decided(logger, collaborationId, round, outcome.Round!.Status, actor.ActorId);
        }
        else
        {
            ApprovalLog.Refused(logger, collaborationId, round, outcome.Kind.ToString());
        }

        return outcome;
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may decide this round now (before a form asks for the comment): null when so,
    /// else the refusal DecideAsync would give. Stores and logs nothing: a decision without its comment stops at
    /// CommentRequired, after every other check.
    /// </summary>
    public async Task<ApprovalOutcome?> CheckAsync(Guid collaborationId, int round, ApprovalActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = await TryDecideAsync(collaborationId, round, ApprovalDecision.RequestChanges, actor, comment: null, cancellationToken);
        return outcome.Kind == ApprovalOutcomeKind.CommentRequired ? null : outcome;
    }

    private async Task<ApprovalOutcome> TryDecideAsync(Guid collaborationId, int round, ApprovalDecision decision, ApprovalActor actor, string? comment, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var collaboration = await db.Collaborations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == collaborationId, cancellationToken);
        var latest = collaboration is null ? null : await LatestAsync(db, collaborationId, cancellationToken);
        if (collaboration is null || latest is null || round < 1 || round > latest.Round)
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.NotFound, null, latest?.Round);
        }

        var answers = PartnershipWorkspaceProvider.ToAnswers(await db.Answers.AsNoTracking().Where(a => a.CollaborationId == collaborationId).ToListAsync(cancellationToken));
        if (reviewers.Find(actor, answers) is not { } reviewer)
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.NotAReviewer, latest, latest.Round);
        }

        if (await IsOwnAsync(db, collaboration, answers, actor, reviewer, cancellationToken))
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.OwnCollaboration, latest, latest.Round);
        }

        if (round < latest.Round)
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.StaleRound, latest, latest.Round);
        }

        if (latest.Status != ApprovalStatus.Awaiting)
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.AlreadyDecided, latest, latest.Round);
        }

        if (decision != ApprovalDecision.Approve && string.IsNullOrWhiteSpace(comment))
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.CommentRequired, latest, latest.Round);
        }

        var status = decision switch
        {
            ApprovalDecision.Approve => ApprovalStatus.Approved,
            ApprovalDecision.RequestChanges => ApprovalStatus.ChangesRequested,
            _ => ApprovalStatus.Rejected,
        };
        var now = clock.GetUtcNow();
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Length > 2000 ? comment[..2000] : comment;

        // SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) takes the write lock before the update, so two
        // deciders queue instead of one failing. PostgreSQL: the second update waits for the first's row lock and
        // then finds the round no longer awaiting.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var won = await db.ApprovalRounds
            .Where(r => r.Id == latest.Id && r.Status == ApprovalStatus.Awaiting)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.DecidedById, actor.ActorId)
                .SetProperty(r => r.DecidedByEntraId, actor.EntraObjectId)
                .SetProperty(r => r.DecidedByName, actor.Name)
                .SetProperty(r => r.DecidedByRole, reviewer.Role)
                .SetProperty(r => r.Comment, text), cancellationToken);
        if (won == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new ApprovalOutcome(ApprovalOutcomeKind.AlreadyDecided, await LatestAsync(db, collaborationId, cancellationToken), latest.Round);
        }

        var decided = await db.ApprovalRounds.AsNoTracking().SingleAsync(r => r.Id == latest.Id, cancellationToken);
        db.AuditEvents.Add(new AuditEventRow
        {
            CollaborationId = collaborationId,
            Actor = actor.Name,
            ActorId = actor.ActorId,
            Action = $"review.{status}",
            Detail = $"round {decided.Round}",
            At = now,
        });
        if (status == ApprovalStatus.Approved)
        {
            await CertifyAsync(db, collaborationId, actor, reviewer, now, cancellationToken);
        }
        else if (status == ApprovalStatus.Rejected)
        {
            await CloseAsync(db, collaborationId, actor, now, cancellationToken);
        }

        // The notice follows the person, as reminders do: the channel they chose ("reminders in slack") or used last.
        var owner = await PersonLinks.DeliveryAccountAsync(db, collaboration.CreatedByChannel, collaboration.CreatedByUserId, deliverable.Contains, cancellationToken);
        outbox.ToOwner(db, decided, owner.Channel, owner.UserId, collaboration.CreatedByName, now);
        var requests = await db.ApprovalOutbox.AsNoTracking()
            .Where(m => m.RoundId == decided.Id && m.Kind == ApprovalMessageKinds.ReviewRequest)
            .ToListAsync(cancellationToken);
        outbox.CardUpdates(db, decided, requests, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ApprovalOutcome(ApprovalOutcomeKind.Decided, decided, decided.Round);
    }

    private static Task<ApprovalRoundRow?> LatestAsync(BotDbContext db, Guid collaborationId, CancellationToken cancellationToken) =>
        db.ApprovalRounds.AsNoTracking().Where(r => r.CollaborationId == collaborationId).OrderByDescending(r => r.Round).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Four eyes: the creator (by their stable id, or, for one created in Teams, by their Entra object id as the
    /// bot recorded it), or the owner named in the answers.
    /// </summary>
    private static async Task<bool> IsOwnAsync(BotDbContext db, CollaborationRow collaboration, Answers answers, ApprovalActor actor, ApprovalReviewer reviewer, CancellationToken cancellationToken)
    {
        var creator = $"{collaboration.CreatedByChannel}:{collaboration.CreatedByUserId}";
        if (string.Equals(actor.ActorId, creator, StringComparison.Ordinal)
            || (collaboration.CreatedByChannel == ChannelIds.Slack && reviewer.Slack == collaboration.CreatedByUserId))
        {
            return true;
        }

        if (collaboration.CreatedByChannel == ChannelIds.Teams && reviewer.TeamsAadObjectId is { Length: > 0 } oid)
        {
            var creatorOid = await db.ConversationAddresses.AsNoTracking()
                .Where(a => a.Channel == ChannelIds.Teams && a.UserId == collaboration.CreatedByUserId && a.AadObjectId != null)
                .Select(a => a.AadObjectId).FirstOrDefaultAsync(cancellationToken);
            if (string.Equals(creatorOid, oid, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // The owner, when not the creator, is a name in the answers: compared with the reviewer's and the actor's names.
        return answers.Get(QuestionIds.OwnerIsMe) is not "yes"
            && answers.Get(QuestionIds.OwnerName) is { Length: > 0 } owner
            && (Same(owner, reviewer.Name) || Same(owner, actor.Name));
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static async Task CertifyAsync(BotDbContext db, Guid collaborationId, ApprovalActor actor, ApprovalReviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.ChecklistItems.FindAsync([collaborationId, CertifyItem], cancellationToken);
        if (item is null || item.Done)
        {
            return;
        }

        item.Done = true;
        item.DoneBy = $"{actor.Name} ({reviewer.Role})";
        item.DoneById = actor.ActorId;
        item.DoneAt = now;
        db.AuditEvents.Add(new AuditEventRow { CollaborationId = collaborationId, Actor = actor.Name, ActorId = actor.ActorId, Action = "checklist.done", Detail = CertifyItem, At = now });
    }

    /// <summary>Reject: the collaboration closed, its open obligations withdrawn (with the reason) and their reminders cancelled.</summary>
    private static async Task CloseAsync(BotDbContext db, Guid collaborationId, ApprovalActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Collaborations.SingleAsync(c => c.Id == collaborationId, cancellationToken);
        row.Status = CollaborationStatus.Closed;
        row.UpdatedAt = now;
        db.AuditEvents.Add(new AuditEventRow { CollaborationId = collaborationId, Actor = actor.Name, ActorId = actor.ActorId, Action = "closed", Detail = "rejected in review", At = now });
        foreach (var obligation in await db.Obligations.Where(o => o.CollaborationId == collaborationId && o.Status == ObligationStatus.Open).ToListAsync(cancellationToken))
        {
            obligation.Status = ObligationStatus.Withdrawn;
            obligation.UpdatedAt = now;
            ObligationSync.AddEvent(db, obligation, "withdrawn", "collaboration rejected in compliance review", actor.Name, now, actor.ActorId);
            await ObligationSync.CancelPendingAsync(db, obligation.Id, ReminderStatus.Cancelled, _ => true, cancellationToken);
        }
    }
}
