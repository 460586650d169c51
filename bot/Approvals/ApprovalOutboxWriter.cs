using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;

namespace PartnershipBot.Approvals;

/// <summary>
/// Stages outbox rows on the caller's DbContext, so they commit with the submission or decision they follow.
/// Each row's key names its round, kind and target: the same message is never queued twice.
/// </summary>
public sealed class ApprovalOutboxWriter(Microsoft.Extensions.Options.IOptions<ApprovalOptions> options, Microsoft.Extensions.Options.IOptions<ReminderOptions> reminders)
{
    /// <summary>The review request (or reminder) to where reviews are posted: the channel, or each reviewer 1:1.</summary>
    public int ToReviewers(BotDbContext db, ApprovalRoundRow round, string kind, IReadOnlyList<ApprovalReviewer> reviewers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(reviewers);
        var post = options.Value.Post;
        if (reviewers.Count == 0 || !post.IsConfigured)
        {
            return 0;
        }

        if (!post.Direct)
        {
            Add(db, Row(round, kind, post.Channel, now) with { ConversationId = post.ConversationId, ServiceUrl = post.ServiceUrl, TenantId = post.TenantId }, $"channel:{post.ConversationId}");
            return 1;
        }

        var added = 0;
        foreach (var reviewer in reviewers)
        {
            var recipient = post.Channel == ChannelIds.Slack ? reviewer.Slack : reviewer.TeamsAadObjectId;
            if (string.IsNullOrWhiteSpace(recipient))
            {
                continue;
            }

            Add(db, Row(round, kind, post.Channel, now) with { RecipientId = recipient, RecipientName = reviewer.Name, ServiceUrl = post.ServiceUrl, TenantId = post.TenantId }, $"user:{recipient}");
            added++;
        }

        return added;
    }

    /// <summary>The escalation to the compliance contact (Reminders:Compliance); nothing when none is configured.</summary>
    public int ToCompliance(BotDbContext db, ApprovalRoundRow round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        var contact = reminders.Value.Compliance;
        if (!contact.IsConfigured)
        {
            return 0;
        }

        Add(db, Row(round, ApprovalMessageKinds.Escalation, contact.Channel!, now) with
        {
            ConversationId = contact.ConversationId,
            ServiceUrl = contact.ServiceUrl,
            TenantId = contact.TenantId,
            RecipientName = contact.Name,
        }, "compliance");
        return 1;
    }

    /// <summary>The decision notice to the owner's account in <paramref name="channel"/> (the person's chosen or last-used one).</summary>
    public void ToOwner(BotDbContext db, ApprovalRoundRow round, string channel, string userId, string? name, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        Add(db, Row(round, ApprovalMessageKinds.DecisionNotice, channel, now) with { RecipientId = userId, RecipientName = name }, "owner");
    }

    /// <summary>One card update per review request of the round: each posted card shows the decision.</summary>
    public void CardUpdates(BotDbContext db, ApprovalRoundRow round, IEnumerable<ApprovalMessageRow> requests, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(requests);
        foreach (var request in requests)
        {
            Add(db, Row(round, ApprovalMessageKinds.CardUpdate, request.Channel, now) with
            {
                ConversationId = request.ConversationId,
                ServiceUrl = request.ServiceUrl,
                TenantId = request.TenantId,
                RecipientId = request.RecipientId,
                RecipientName = request.RecipientName,
                ReplacesMessageId = request.Id,
            }, $"replaces:{request.Id:N}");
        }
    }

    private static Draft Row(ApprovalRoundRow round, string kind, string channel, DateTimeOffset now) => new(round, kind, channel, now);

    private static void Add(BotDbContext db, Draft draft, string target)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = $"{draft.Round.Id:N}:{draft.Kind}:{target}";
        var row = new ApprovalMessageRow
        {
            Id = Guid.NewGuid(),
            Key = key.Length > 300 ? key[..300] : key,
            RoundId = draft.Round.Id,
            CollaborationId = draft.Round.CollaborationId,
            Kind = draft.Kind,
            Channel = draft.Channel,
            ConversationId = draft.ConversationId,
            ServiceUrl = draft.ServiceUrl,
            TenantId = draft.TenantId,
            RecipientId = draft.RecipientId,
            RecipientName = draft.RecipientName,
            ReplacesMessageId = draft.ReplacesMessageId,
            Status = ApprovalMessageStatus.Pending,
            NextAttemptAt = draft.Now,
            CreatedAt = draft.Now,
        };
        if (!db.ApprovalOutbox.Local.Any(r => r.Key == row.Key))
        {
            db.ApprovalOutbox.Add(row);
        }
    }

    private sealed record Draft(ApprovalRoundRow Round, string Kind, string Channel, DateTimeOffset Now)
    {
        public string? ConversationId { get; init; }
        public string? ServiceUrl { get; init; }
        public string? TenantId { get; init; }
        public string? RecipientId { get; init; }
        public string? RecipientName { get; init; }
        public Guid? ReplacesMessageId { get; init; }
    }
}
