using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Approvals;

/// <summary>
/// Two jobs on each poll. First, reviews waiting too long: a round past its RemindAt (then EscalateAt) is marked
/// reminded (escalated) by a conditional update, in the transaction that queues the reminders (escalation), so
/// each is queued once however many instances poll. Then the outbox: each due message claimed with a lease,
/// rendered from the database as it stands now, handed to its platform's <see cref="IApprovalChannel"/>, and
/// marked sent (keeping the posted id, for the card update after a decision), retried with a doubling delay, or
/// given up after Approvals:MaxAttempts. A message for a platform without a channel on this host waits.
/// </summary>
public sealed class ApprovalSender(
    IDbContextFactory<BotDbContext> contextFactory,
    IEnumerable<IApprovalChannel> channels,
    ApprovalQueries queries,
    ApprovalReviewers reviewers,
    ApprovalMessages messages,
    ApprovalOutboxWriter outbox,
    IOptions<ApprovalOptions> options,
    TimeProvider clock,
    ILogger<ApprovalSender> logger)
{
    private const int BatchSize = 20;
    private readonly Dictionary<string, IApprovalChannel> byName = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);

    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await QueueOverdueAsync(cancellationToken);
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await LeasedOutbox.DueAsync(db.ApprovalOutbox, ApprovalMessageStatus.Pending, now, r => r.CreatedAt, BatchSize, cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await LeasedOutbox.ClaimAsync(db.ApprovalOutbox, id, ApprovalMessageStatus.Pending, now, now + options.Value.Lease, cancellationToken) is { } row)
            {
                sent += await DeliverAsync(row, cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }

    /// <summary>Queues the reminders and escalations of rounds that have waited past their time; each once.</summary>
    public async Task QueueOverdueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<ApprovalRoundRow> overdue;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            overdue = await db.ApprovalRounds.AsNoTracking()
                .Where(r => r.Status == ApprovalStatus.Awaiting && ((r.RemindedAt == null && r.RemindAt <= now) || (r.EscalatedAt == null && r.EscalateAt <= now)))
                .OrderBy(r => r.RequestedAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        foreach (var round in overdue)
        {
            if (round.RemindedAt is null && round.RemindAt <= now)
            {
                await QueueOnceAsync(round, escalate: false, now, cancellationToken);
            }

            if (round.EscalatedAt is null && round.EscalateAt <= now)
            {
                await QueueOnceAsync(round, escalate: true, now, cancellationToken);
            }
        }
    }

    private async Task QueueOnceAsync(ApprovalRoundRow round, bool escalate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = escalate
            ? await db.ApprovalRounds.Where(r => r.Id == round.Id && r.Status == ApprovalStatus.Awaiting && r.EscalatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.EscalatedAt, now), cancellationToken)
            : await db.ApprovalRounds.Where(r => r.Id == round.Id && r.Status == ApprovalStatus.Awaiting && r.RemindedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedAt, now), cancellationToken);
        if (marked == 0)
        {
            // Another instance queued it, or a reviewer decided in between.
            return;
        }

        int queued;
        if (escalate)
        {
            queued = outbox.ToCompliance(db, round, now);
        }
        else
        {
            var answers = PartnershipWorkspaceProvider.ToAnswers(await db.Answers.AsNoTracking().Where(a => a.CollaborationId == round.CollaborationId).ToListAsync(cancellationToken));
            queued = outbox.ToReviewers(db, round, ApprovalMessageKinds.ReviewerReminder, reviewers.For(answers), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ApprovalLog.Overdue(logger, round.CollaborationId, round.Round, escalate ? "escalation" : "reminder", queued);
    }

    private async Task<bool> DeliverAsync(ApprovalMessageRow row, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!byName.TryGetValue(row.Channel, out var channel))
        {
            // Not a failure of the message: this host cannot send on that platform (yet). It waits, untried.
            ApprovalLog.NoChannel(logger, row.Kind, row.Id, row.Channel);
            await UpdateAsync(row.Id, m => m with { Attempts = row.Attempts - 1, NextAttemptAt = clock.GetUtcNow() + settings.MaxRetryDelay, LastError = $"no {row.Channel} approval channel on this host" }, cancellationToken);
            return false;
        }

        var message = await MessageAsync(row, cancellationToken);
        if (message is null)
        {
            await UpdateAsync(row.Id, m => m with { Status = ApprovalMessageStatus.Failed, LastError = "the review round no longer exists" }, cancellationToken);
            return false;
        }

        if (row.Kind == ApprovalMessageKinds.CardUpdate && message.ReplacesPostedId is null)
        {
            // The request was not posted (yet): when it goes, it shows the decision already; nothing to replace.
            await UpdateAsync(row.Id, m => m with { Status = ApprovalMessageStatus.Sent, SentAt = clock.GetUtcNow(), LastError = "no posted card to replace" }, cancellationToken);
            return false;
        }

        ApprovalDelivery result;
        try
        {
            result = await channel.DeliverAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = ApprovalDelivery.RetryLater($"{row.Channel} failed ({e.GetType().Name})");
        }

        var now = clock.GetUtcNow();
        if (result.Outcome == ApprovalDeliveryOutcome.Delivered)
        {
            await UpdateAsync(row.Id, m => m with { Status = ApprovalMessageStatus.Sent, SentAt = now, PostedId = result.PostedId ?? m.PostedId, PostedConversationId = result.ConversationId ?? m.PostedConversationId, LastError = null }, cancellationToken);
            ApprovalLog.Sent(logger, row.Kind, row.Id, row.Channel, row.Attempts);
            return true;
        }

        var error = result.Error ?? "unknown error";
        if (result.Outcome == ApprovalDeliveryOutcome.RetryLater && row.Attempts < settings.MaxAttempts)
        {
            var next = now + LeasedOutbox.RetryDelay(row.Attempts, settings.FirstRetryDelay, settings.MaxRetryDelay);
            await UpdateAsync(row.Id, m => m with { NextAttemptAt = next, LastError = error }, cancellationToken);
            ApprovalLog.Retry(logger, row.Kind, row.Id, row.Attempts, error, next);
            return false;
        }

        await UpdateAsync(row.Id, m => m with { Status = ApprovalMessageStatus.Failed, LastError = error }, cancellationToken);
        ApprovalLog.Failed(logger, row.Kind, row.Id, row.Channel, error);
        return false;
    }

    /// <summary>The message with its review read now, so a card sent late shows the round as it stands.</summary>
    private async Task<ApprovalMessage?> MessageAsync(ApprovalMessageRow row, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await queries.ReviewAsync(db, row.RoundId, cancellationToken) is not { } review)
        {
            return null;
        }

        var title = review.Collaboration.Title;
        var culture = await CultureOfAsync(db, row, cancellationToken);
        IReadOnlyList<Reply> replies = row.Kind switch
        {
            ApprovalMessageKinds.ReviewerReminder => messages.ReviewerReminder(review.Round, title, review.OwnerName, culture),
            ApprovalMessageKinds.Escalation => messages.Escalation(review.Round, title, review.OwnerName, review.Reviewers, culture),
            ApprovalMessageKinds.DecisionNotice => messages.DecisionNotice(review.Round, title, culture),
            _ => messages.Review(review, culture),
        };
        var replaced = row.ReplacesMessageId is { } replacedId
            ? await db.ApprovalOutbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == replacedId, cancellationToken)
            : null;
        return new ApprovalMessage(row, review, replies)
        {
            Culture = culture,
            ReplacesPostedId = replaced is { Status: ApprovalMessageStatus.Sent } ? replaced.PostedId : null,
            ReplacesConversationId = replaced?.PostedConversationId ?? replaced?.ConversationId,
        };
    }

    /// <summary>
    /// The recipient's language: the owner's account (a decision notice goes to the account the person is reached
    /// on, chosen when it was queued); a reviewer's account when reviews go to each reviewer 1:1 and the bot has seen
    /// them; the compliance contact's configured one for an escalation; English for a shared channel.
    /// </summary>
    private async Task<CultureInfo> CultureOfAsync(BotDbContext db, ApprovalMessageRow row, CancellationToken cancellationToken)
    {
        if (row.Kind == ApprovalMessageKinds.Escalation)
        {
            return messages.ComplianceCulture;
        }

        if (row.RecipientId is not { Length: > 0 } recipient)
        {
            return Languages.English;
        }

        return row.Kind != ApprovalMessageKinds.DecisionNotice && row.Channel == ChannelIds.Teams
            ? await UserCultures.OfEntraUserAsync(db, recipient, cancellationToken)
            : await UserCultures.OfAccountAsync(db, row.Channel, recipient, cancellationToken);
    }

    /// <summary>The outcome, and the lease released.</summary>
    private async Task UpdateAsync(Guid id, Func<Outcome, Outcome> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ApprovalOutbox.SingleAsync(r => r.Id == id, cancellationToken);
        var o = change(new Outcome(row.Status, row.Attempts, row.NextAttemptAt, row.LastError, row.SentAt, row.PostedId, row.PostedConversationId));
        row.Status = o.Status;
        row.Attempts = o.Attempts;
        row.NextAttemptAt = o.NextAttemptAt;
        row.LastError = o.LastError is { Length: > 300 } tooLong ? tooLong[..300] : o.LastError;
        row.SentAt = o.SentAt;
        row.PostedId = o.PostedId;
        row.PostedConversationId = o.PostedConversationId;
        row.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Outcome(string Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? SentAt, string? PostedId, string? PostedConversationId);
}
