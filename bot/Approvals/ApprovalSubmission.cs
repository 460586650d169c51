using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;

namespace PartnershipBot.Approvals;

/// <summary>
/// Each submission (and resubmission) opens the next review round and queues its review requests, staged on the
/// save's DbContext so they commit with the answers. A round still awaiting is superseded: its cards are of an
/// earlier version and a click on them is refused as stale.
/// </summary>
public sealed class ApprovalSubmission(ApprovalReviewers reviewers, ApprovalOutboxWriter outbox, IOptions<ApprovalOptions> options, TimeProvider clock) : ICollaborationSubmittedHandler
{
    public async Task OnSubmittedAsync(BotDbContext db, SubmittedCollaboration submitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(submitted);
        var id = submitted.Row.Id;
        var rounds = await TrackedRows.ListAsync(db.ApprovalRounds, r => r.CollaborationId == id, cancellationToken);
        foreach (var waiting in rounds.Where(r => r.Status == ApprovalStatus.Awaiting))
        {
            waiting.Status = ApprovalStatus.Superseded;
        }

        var settings = options.Value;

        // Waiting is counted on this server's clock: the turn's timestamp is what the client said.
        var now = clock.GetUtcNow();
        var round = new ApprovalRoundRow
        {
            Id = Guid.NewGuid(),
            CollaborationId = id,
            Round = rounds.Count == 0 ? 1 : rounds.Max(r => r.Round) + 1,
            Status = ApprovalStatus.Awaiting,
            RequestedAt = submitted.At,
            RequestedBy = submitted.Actor,
            RequestedById = submitted.ActorId,
            RemindAt = WorkingDays.Add(now, settings.RemindAfterDays),
            EscalateAt = WorkingDays.Add(now, settings.EffectiveEscalateAfterDays),
        };
        db.ApprovalRounds.Add(round);
        db.AuditEvents.Add(new AuditEventRow
        {
            CollaborationId = id,
            Actor = submitted.Actor,
            ActorId = submitted.ActorId,
            Action = "review.requested",
            Detail = $"round {round.Round}",
            At = submitted.At,
        });
        outbox.ToReviewers(db, round, ApprovalMessageKinds.ReviewRequest, reviewers.For(submitted.Answers), now);
    }
}
