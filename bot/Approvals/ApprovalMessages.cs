using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Reminders;

namespace PartnershipBot.Approvals;

/// <summary>
/// The texts of approvals: the line the owner reads on submitting, the decision notice, the reviewers' reminder,
/// the escalation and the plain version of the review card. Every user value is escaped (MarkdownText).
/// </summary>
public sealed class ApprovalMessages(IOptions<ApprovalOptions> options, IOptions<ReminderOptions> reminders)
{
    /// <summary>Action id of the notice's edit button: the edit command on the collaboration in its values.</summary>
    public const string EditAction = CardIds.EditCollaboration;

    /// <summary>"approved", "requested changes on", "rejected".</summary>
    public static string Verb(string status) => status switch
    {
        ApprovalStatus.Approved => "approved",
        ApprovalStatus.ChangesRequested => "requested changes on",
        ApprovalStatus.Rejected => "rejected",
        _ => status,
    };

    /// <summary>The line after a submission: who reviews it, or that nobody is configured to.</summary>
    public Reply Submitted(IReadOnlyList<ApprovalReviewer> reviewers)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        if (reviewers.Count == 0)
        {
            return new TextReply($"It now waits for compliance review, but no reviewer is configured here: please contact {reminders.Value.Compliance.Name} so someone reviews it.");
        }

        var names = MarkdownText.Join(", ", reviewers.Select(r => (MarkdownText)$"{r.Name} ({r.Role})"));
        return new TextReply($"Sent for compliance review to {names}; you'll hear here when they decide.");
    }

    /// <summary>To the owner: the decision, the comment, and for request changes how to edit (the button runs <c>edit</c>).</summary>
    public IReadOnlyList<Reply> DecisionNotice(ApprovalRoundRow round, string title)
    {
        ArgumentNullException.ThrowIfNull(round);
        var who = Who(round);
        var comment = round.Comment is { Length: > 0 } c ? (MarkdownText)$"\n\nComment: \"{c}\"" : MarkdownText.Empty;
        var card = round.Status switch
        {
            ApprovalStatus.Approved => new Card
            {
                Key = $"approval:{round.CollaborationId:N}:{round.Round}",
                Title = $"Approved: {title}",
                Text = $"{who} approved \"{title}\" (review round {round.Round}). The agreement can now be certified and signed.{comment}",
            },
            ApprovalStatus.ChangesRequested => new Card
            {
                Key = $"approval:{round.CollaborationId:N}:{round.Round}",
                Title = $"Changes requested: {title}",
                Text = $"{who} asked for changes to \"{title}\" (review round {round.Round}).{comment}\n\nType **edit** (or press Edit) to change the answers, then submit again: that sends it for review once more.",
                Actions = [new CardAction(EditAction, "Edit", new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = round.CollaborationId.ToString("N") })],
            },
            _ => new Card
            {
                Key = $"approval:{round.CollaborationId:N}:{round.Round}",
                Title = $"Rejected: {title}",
                Text = $"{who} rejected \"{title}\" (review round {round.Round}). The collaboration is closed and its reminders are withdrawn.{comment}",
            },
        };
        return [new CardReply(card)];
    }

    /// <summary>To the reviewers, after RemindAfterDays working days without a decision.</summary>
    public IReadOnlyList<Reply> ReviewerReminder(ApprovalRoundRow round, string title, string owner)
    {
        ArgumentNullException.ThrowIfNull(round);
        return [new TextReply($"Reminder: \"{title}\" from {owner} has waited for compliance review since {Day(round.RequestedAt)} (round {round.Round}). Please approve, request changes or reject it on its review card.")];
    }

    /// <summary>To the compliance contact, after EscalateAfterDays working days without a decision.</summary>
    public IReadOnlyList<Reply> Escalation(ApprovalRoundRow round, string title, string owner, IReadOnlyList<ApprovalReviewer> reviewers)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(reviewers);
        var names = reviewers.Count == 0 ? (MarkdownText)$"no reviewer is configured for it" : MarkdownText.Join(", ", reviewers.Select(r => (MarkdownText)$"{r.Name}"));
        return [new TextReply($"Escalation: \"{title}\" from {owner} has waited for compliance review since {Day(round.RequestedAt)} (round {round.Round}, {options.Value.EffectiveEscalateAfterDays} working days). Reviewers: {names}.")];
    }

    /// <summary>The review card as a channel-neutral card: what a channel without its own review card shows.</summary>
    public IReadOnlyList<Reply> Review(ApprovalReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var round = review.Round;
        var state = round.Status == ApprovalStatus.Awaiting
            ? (MarkdownText)$"Awaiting review (round {round.Round}), submitted by {review.OwnerName} on {Day(round.RequestedAt)}."
            : (MarkdownText)$"{Who(round)} {Verb(round.Status)} this on {Day(round.DecidedAt ?? round.RequestedAt)} (round {round.Round}).";
        var open = review.Obligations.Where(o => o.IsOpen).Select(o => (MarkdownText)$"- {o.Title}{(o.Due is { } d ? $", due {d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : "")}").ToList();
        var text = open.Count == 0 ? state : (MarkdownText)$"{state}\n\nOpen obligations:\n{MarkdownText.Join("\n", open)}";
        return [new CardReply(new Card { Key = $"review:{round.CollaborationId:N}:{round.Round}", Title = $"Compliance review: {review.Collaboration.Title}", Text = text })];
    }

    private static MarkdownText Who(ApprovalRoundRow round) =>
        round.DecidedByRole is { Length: > 0 } role ? (MarkdownText)$"{round.DecidedByName} ({role})" : (MarkdownText)$"{round.DecidedByName}";

    private static string Day(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
