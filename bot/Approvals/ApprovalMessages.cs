using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Reminders;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Approvals;

/// <summary>
/// The texts of approvals: the line the owner reads on submitting, the decision notice, the reviewers' reminder,
/// the escalation and the plain version of the review card. Every user value is escaped (MarkdownText).
/// </summary>
public sealed class ApprovalMessages(IOptions<ApprovalOptions> options, IOptions<ReminderOptions> reminders, GuidancePack pack, TimeProvider clock)
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
    public IReadOnlyList<Reply> Review(ApprovalReview review) => [new CardReply(ReviewCard(review))];

    /// <summary>
    /// What a reviewer reads: where the review stands, who submitted it and who reviews it, the assessment with its
    /// gaps first, the open obligations, and the rules marked "check the local code". Channels add their buttons.
    /// </summary>
    public Card ReviewCard(ApprovalReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var round = review.Round;
        var c = review.Collaboration;
        var state = round.Status switch
        {
            ApprovalStatus.Awaiting when review.IsOpen => (MarkdownText)$"**Awaiting review** (round {round.Round}).",
            ApprovalStatus.Awaiting or ApprovalStatus.Superseded => (MarkdownText)$"**Replaced:** the collaboration was changed and submitted again (round {c.Approval?.Round ?? round.Round}); review the newer card.",
            _ => (MarkdownText)$"**{Title(round.Status)}** by {Who(round)} on {When(round.DecidedAt ?? round.RequestedAt)} (round {round.Round}).{Comment(round)}",
        };
        var assessment = Assessor.Assess(pack, c.Answers, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var sections = new List<CardSection>();
        foreach (var item in assessment.Items.OrderByDescending(i => i.Status))
        {
            // The reason quotes the user's answers: plain text.
            sections.Add(new CardSection($"{MarkdownText.Trusted(item.Principle.Id)} {MarkdownText.Trusted(item.Principle.Title)}: {Assessor.Label(item.Status, Languages.English)}", MarkdownText.Plain(item.Reason), []));
        }

        var open = review.Obligations.Where(o => o.IsOpen && o.Kind is not (DisclosureCalendar.CheckLocal or DisclosureCalendar.Unconfigured)).ToList();
        if (open.Count > 0)
        {
            sections.Add(new CardSection($"Open obligations", MarkdownText.Join("\n", open.Select(o => (MarkdownText)$"- {o.Title}: {(o.Due is { } d ? Day(d) : "no fixed date")}")), []));
        }

        var local = review.Obligations.Where(o => o.IsOpen && o.Kind is DisclosureCalendar.CheckLocal or DisclosureCalendar.Unconfigured).ToList();
        if (local.Count > 0)
        {
            sections.Add(new CardSection($"Check the local code", MarkdownText.Join("\n", local.Select(o => (MarkdownText)$"- {o.Title}")), []));
        }

        return new Card
        {
            Key = $"review:{round.CollaborationId:N}:{round.Round}",
            Title = $"Compliance review: {c.Title}",
            Text = $"{state}\n\n{MarkdownText.Trusted(assessment.Readiness(Languages.English))}",
            Facts =
            [
                new CardFact($"Submitted by", $"{review.OwnerName} on {When(round.RequestedAt)}"),
                new CardFact($"Reviewers", review.Reviewers.Count == 0 ? (MarkdownText)$"none configured" : MarkdownText.Join(", ", review.Reviewers.Select(r => (MarkdownText)$"{r.Name}"))),
            ],
            Sections = sections,
        };
    }

    private static string Title(string status) => status switch
    {
        ApprovalStatus.Approved => "Approved",
        ApprovalStatus.ChangesRequested => "Changes requested",
        ApprovalStatus.Rejected => "Rejected",
        _ => status,
    };

    private static MarkdownText Comment(ApprovalRoundRow round) =>
        round.Comment is { Length: > 0 } c ? (MarkdownText)$" Comment: \"{c}\"" : MarkdownText.Empty;

    private static string When(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static MarkdownText Who(ApprovalRoundRow round) =>
        round.DecidedByRole is { Length: > 0 } role ? (MarkdownText)$"{round.DecidedByName} ({role})" : (MarkdownText)$"{round.DecidedByName}";

    private static string Day(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
