using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Reminders;
using PartnershipBot.Texts;

namespace PartnershipBot.Approvals;

/// <summary>
/// The texts of approvals: the line the owner reads on submitting, the decision notice, the reviewers' reminder,
/// the escalation and the plain version of the review card. Every user value is escaped (MarkdownText). Each
/// takes the recipient's culture (Notices.resx; English when not given): the owner's for the submitted line and the
/// decision notice, a reviewer's for the reminder and the card, the compliance contact's for the escalation.
/// </summary>
public sealed class ApprovalMessages(IOptions<ApprovalOptions> options, IOptions<ReminderOptions> reminders, GuidancePack pack, TimeProvider clock)
{
    /// <summary>Action id of the notice's edit button: the edit command on the collaboration in its values.</summary>
    public const string EditAction = CardIds.EditCollaboration;

    /// <summary>The language escalations to the compliance contact are written in (Reminders:Compliance:Language).</summary>
    public CultureInfo ComplianceCulture => reminders.Value.Compliance.Culture;

    /// <summary>"approved", "requested changes on", "rejected".</summary>
    public static string Verb(string status) => status switch
    {
        ApprovalStatus.Approved => "approved",
        ApprovalStatus.ChangesRequested => "requested changes on",
        ApprovalStatus.Rejected => "rejected",
        _ => status,
    };

    /// <summary>The line after a submission: who reviews it, or that nobody is configured to.</summary>
    public Reply Submitted(IReadOnlyList<ApprovalReviewer> reviewers, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        culture ??= Languages.English;
        if (reviewers.Count == 0)
        {
            return new TextReply(Say.ApprovalNoReviewer.Format(culture, reminders.Value.Compliance.NameIn(culture)));
        }

        var names = MarkdownText.Join(", ", reviewers.Select(r => (MarkdownText)$"{r.Name} ({r.Role})"));
        return new TextReply(Say.ApprovalSentForReview.Format(culture, names));
    }

    /// <summary>To the owner: the decision, the comment, and for request changes how to edit (the button runs <c>edit</c>).</summary>
    public IReadOnlyList<Reply> DecisionNotice(ApprovalRoundRow round, string title, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        culture ??= Languages.English;
        var who = Who(round);
        var comment = round.Comment is { Length: > 0 } c ? Say.ApprovalNoticeComment.Format(culture, c) : MarkdownText.Empty;
        var card = round.Status switch
        {
            ApprovalStatus.Approved => new Card
            {
                Key = $"approval:{round.CollaborationId:N}:{round.Round}",
                Title = Say.ApprovalApprovedTitle.Format(culture, title),
                Text = Say.ApprovalApprovedText.Format(culture, who, title, round.Round, comment),
            },
            ApprovalStatus.ChangesRequested => new Card
            {
                Key = $"approval:{round.CollaborationId:N}:{round.Round}",
                Title = Say.ApprovalChangesTitle.Format(culture, title),
                Text = Say.ApprovalChangesText.Format(culture, who, title, round.Round, comment),
                Actions = [new CardAction(EditAction, Say.ApprovalEditButton.In(culture).Value, new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = round.CollaborationId.ToString("N") })],
            },
            _ => new Card
            {
                Key = $"approval:{round.CollaborationId:N}:{round.Round}",
                Title = Say.ApprovalRejectedTitle.Format(culture, title),
                Text = Say.ApprovalRejectedText.Format(culture, who, title, round.Round, comment),
            },
        };
        return [new CardReply(card)];
    }

    /// <summary>To the reviewers, after RemindAfterDays working days without a decision.</summary>
    public IReadOnlyList<Reply> ReviewerReminder(ApprovalRoundRow round, string title, string owner, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        culture ??= Languages.English;
        return [new TextReply(Say.ApprovalReviewerReminder.Format(culture, title, owner, CultureFormat.ShortDate(round.RequestedAt, culture), round.Round))];
    }

    /// <summary>To the compliance contact, after EscalateAfterDays working days without a decision.</summary>
    public IReadOnlyList<Reply> Escalation(ApprovalRoundRow round, string title, string owner, IReadOnlyList<ApprovalReviewer> reviewers, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(reviewers);
        culture ??= Languages.English;
        var names = reviewers.Count == 0 ? Say.ApprovalNoReviewerForIt.In(culture) : MarkdownText.Join(", ", reviewers.Select(r => (MarkdownText)$"{r.Name}"));
        return [new TextReply(Say.ApprovalEscalation.Format(culture, title, owner, CultureFormat.ShortDate(round.RequestedAt, culture), round.Round, options.Value.EffectiveEscalateAfterDays, names))];
    }

    /// <summary>The review card as a channel-neutral card: what a channel without its own review card shows.</summary>
    public IReadOnlyList<Reply> Review(ApprovalReview review, CultureInfo? culture = null) => [new CardReply(ReviewCard(review, culture))];

    /// <summary>
    /// What a reviewer reads: where the review stands, who submitted it and who reviews it, the assessment with its
    /// gaps first, the open obligations, and the rules marked "check the local code". Channels add their buttons.
    /// </summary>
    public Card ReviewCard(ApprovalReview review, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        culture ??= Languages.English;
        var round = review.Round;
        var c = review.Collaboration;
        var state = round.Status switch
        {
            ApprovalStatus.Awaiting when review.IsOpen => Say.ApprovalAwaiting.Format(culture, round.Round),
            ApprovalStatus.Awaiting or ApprovalStatus.Superseded => Say.ApprovalReplaced.Format(culture, c.Approval?.Round ?? round.Round),
            _ => Say.ApprovalDecidedState.Format(culture, Title(round.Status, culture), Who(round), CultureFormat.ShortDateTimeUtc(round.DecidedAt ?? round.RequestedAt, culture), round.Round, Comment(round, culture)),
        };
        var assessment = Assessor.Assess(pack, c.Answers, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var sections = new List<CardSection>();
        foreach (var item in assessment.Items.OrderByDescending(i => i.Status))
        {
            // The reason quotes the user's answers: plain text.
            sections.Add(new CardSection($"{MarkdownText.Trusted(item.Principle.Id)} {MarkdownText.Trusted(item.Principle.Title)}: {Assessor.Label(item.Status, culture)}", MarkdownText.Plain(item.Reason), []));
        }

        var open = review.Obligations.Where(o => o.IsOpen && o.Kind is not (DisclosureCalendar.CheckLocal or DisclosureCalendar.Unconfigured)).ToList();
        if (open.Count > 0)
        {
            sections.Add(new CardSection(Say.ApprovalOpenObligations.In(culture), MarkdownText.Join("\n", open.Select(o => (MarkdownText)$"- {o.Title}: {(o.Due is { } d ? (MarkdownText)$"{CultureFormat.ShortDate(d, culture)}" : Say.NoticeNoFixedDate.In(culture))}")), []));
        }

        var local = review.Obligations.Where(o => o.IsOpen && o.Kind is DisclosureCalendar.CheckLocal or DisclosureCalendar.Unconfigured).ToList();
        if (local.Count > 0)
        {
            sections.Add(new CardSection(Say.ApprovalCheckLocalCode.In(culture), MarkdownText.Join("\n", local.Select(o => (MarkdownText)$"- {o.Title}")), []));
        }

        return new Card
        {
            Key = $"review:{round.CollaborationId:N}:{round.Round}",
            Title = Say.ApprovalReviewTitle.Format(culture, c.Title),
            Text = $"{state}\n\n{MarkdownText.Trusted(assessment.Readiness(culture))}",
            Facts =
            [
                new CardFact(Say.ApprovalFactSubmittedBy.In(culture), Say.ApprovalSubmittedByValue.Format(culture, review.OwnerName, CultureFormat.ShortDateTimeUtc(round.RequestedAt, culture))),
                new CardFact(Say.ApprovalFactReviewers.In(culture), review.Reviewers.Count == 0 ? Say.ApprovalNoneConfigured.In(culture) : MarkdownText.Join(", ", review.Reviewers.Select(r => (MarkdownText)$"{r.Name}"))),
            ],
            Sections = sections,
        };
    }

    private static MarkdownText Title(string status, CultureInfo culture) => status switch
    {
        ApprovalStatus.Approved => Say.ApprovalStatusApproved.In(culture),
        ApprovalStatus.ChangesRequested => Say.ApprovalStatusChanges.In(culture),
        ApprovalStatus.Rejected => Say.ApprovalStatusRejected.In(culture),
        _ => MarkdownText.Plain(status),
    };

    private static MarkdownText Comment(ApprovalRoundRow round, CultureInfo culture) =>
        round.Comment is { Length: > 0 } c ? Say.ApprovalCardComment.Format(culture, c) : MarkdownText.Empty;

    private static MarkdownText Who(ApprovalRoundRow round) =>
        round.DecidedByRole is { Length: > 0 } role ? (MarkdownText)$"{round.DecidedByName} ({role})" : (MarkdownText)$"{round.DecidedByName}";
}
