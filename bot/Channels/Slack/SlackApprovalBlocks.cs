using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The review card in Block Kit: the collaboration, its assessment with the gaps first, its open obligations, the
/// disclosure rules marked "check the local code", and while the round is open Approve / Request changes / Reject
/// (their values name the collaboration and round). Once decided the same card, re-rendered for chat.update, shows
/// who decided what and has no buttons. User text goes through MarkdownText and SlackMrkdwn, never concatenated.
/// </summary>
public sealed class SlackApprovalBlocks(GuidancePack pack, TimeProvider clock)
{
    public SlackMessage Render(ApprovalReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        var collaboration = review.Collaboration;
        var round = review.Round;
        var blocks = new JsonArray { SlackBlocks.Header(Say.ApprovalHeader.Plain(culture, collaboration.Title)) };
        AddAll(blocks, SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(State(review))));
        blocks.Add(SlackBlocks.Fields(Facts(review, culture)));

        var assessment = Assessor.Assess(pack, collaboration.Answers, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        AddAll(blocks, SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(Say.ApprovalAssessment.Format(culture, assessment.Readiness(culture)))));
        // Gaps first, then what needs attention, each with its reason; the strong areas on one line.
        foreach (var item in assessment.Items.Where(i => i.Status != AssessmentStatus.Strong).OrderBy(i => i.Status == AssessmentStatus.Gap ? 0 : 1))
        {
            // The reason quotes the user's answers: plain text; the principle comes from the pack.
            MarkdownText line = $"**{MarkdownText.Trusted(Assessor.Label(item.Status, culture))}: {MarkdownText.Trusted(item.Principle.Id)} {MarkdownText.Trusted(item.Principle.Title)}**\n{MarkdownText.Plain(item.Reason)}";
            AddAll(blocks, SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(line)));
        }

        var strong = assessment.Items.Where(i => i.Status == AssessmentStatus.Strong).Select(i => MarkdownText.Trusted($"{i.Principle.Id} {i.Principle.Title}")).ToList();
        if (strong.Count > 0)
        {
            blocks.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.ApprovalStrong.Format(culture, MarkdownText.Join("; ", strong)))));
        }

        var open = review.Obligations.Where(o => o.IsOpen).ToList();
        var local = open.Where(IsLocalCode).ToList();
        var others = open.Where(o => !IsLocalCode(o)).ToList();
        if (others.Count > 0)
        {
            AddAll(blocks, SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(Say.CardApprovalOpenObligations.Format(culture, MarkdownText.Join("\n", others.Select(o => Line(o, culture)))))));
        }

        if (local.Count > 0)
        {
            AddAll(blocks, SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(Say.CardApprovalCheckLocalCode.Format(culture, MarkdownText.Join("\n", local.Select(o => Line(o, culture)))))));
        }

        var reviewers = review.Reviewers.Count == 0
            ? Say.CardApprovalNoReviewer.In(culture)
            : Say.ApprovalReviewers.Format(culture, MarkdownText.Join(", ", review.Reviewers.Select(r => (MarkdownText)$"{r.Describe()}")));
        blocks.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(reviewers)));

        var actions = review.IsOpen ? Buttons(collaboration.Id, round.Round, culture) : null;
        var room = SlackMessage.MaxBlocks - (actions is null ? 0 : 1);
        if (blocks.Count > room)
        {
            // The buttons are what the reviewer acts on: the body is shortened, never the decision.
            var kept = new JsonArray([.. blocks.Take(room - 1).Select(b => b!.DeepClone())]);
            kept.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.ApprovalShortened.In(culture))));
            blocks = kept;
        }

        if (actions is not null)
        {
            blocks.Add(actions);
        }

        var fallback = SlackMrkdwn.ToPlain(Say.ApprovalFallback.Format(culture, collaboration.Title, State(review)));
        return new SlackMessage(SlackMrkdwn.Truncate(fallback, SlackBlocks.MaxFallbackText), blocks);
    }

    /// <summary>The card's block id for its buttons: unique per collaboration and round.</summary>
    public static string ActionsBlockId(Guid collaborationId, int round) =>
        $"approval.{collaborationId:N}.{round.ToString(CultureInfo.InvariantCulture)}";

    private static JsonObject Buttons(Guid collaborationId, int round, CultureInfo culture)
    {
        var value = SlackApprovalActions.Value(collaborationId, round);
        var approve = SlackBlocks.Button(SlackApprovalActions.Approve, Say.ApprovalApprove.Plain(culture), value, "primary");
        // Approving needs no comment, so one stray click must not decide: Slack asks first, in the client.
        approve["confirm"] = new JsonObject
        {
            ["title"] = SlackBlocks.PlainText(Say.ApprovalConfirmTitle.Plain(culture), 100),
            ["text"] = SlackBlocks.PlainText(Say.ApprovalConfirmText.Plain(culture), 300),
            ["confirm"] = SlackBlocks.PlainText(Say.ApprovalApprove.Plain(culture), 30),
            ["deny"] = SlackBlocks.PlainText(Say.CardCancel.Plain(culture), 30),
        };
        return SlackBlocks.Actions(
            [approve, SlackBlocks.Button(SlackApprovalActions.RequestChanges, Say.ApprovalRequestChanges.Plain(culture), value), SlackBlocks.Button(SlackApprovalActions.Reject, Say.ApprovalReject.Plain(culture), value, "danger")],
            ActionsBlockId(collaborationId, round));
    }

    private static MarkdownText State(ApprovalReview review)
    {
        var round = review.Round;
        var decidedBy = round.DecidedByRole is { Length: > 0 } role ? (MarkdownText)$"{round.DecidedByName} ({role})" : (MarkdownText)$"{round.DecidedByName}";
        var comment = round.Comment is { Length: > 0 } c ? (MarkdownText)$"\nComment: \"{c}\"" : MarkdownText.Empty;
        return round.Status switch
        {
            ApprovalStatus.Awaiting when review.IsOpen =>
                (MarkdownText)$"**Awaiting review** (round {round.Round}), submitted by {review.OwnerName} on {Day(round.RequestedAt)}.",
            ApprovalStatus.Approved => (MarkdownText)$"**Approved** by {decidedBy} on {Day(round.DecidedAt)} (round {round.Round}).{comment}",
            ApprovalStatus.ChangesRequested => (MarkdownText)$"**Changes requested** by {decidedBy} on {Day(round.DecidedAt)} (round {round.Round}).{comment}",
            ApprovalStatus.Rejected => (MarkdownText)$"**Rejected** by {decidedBy} on {Day(round.DecidedAt)} (round {round.Round}). The collaboration is closed.{comment}",
            _ => (MarkdownText)$"**Superseded**: the collaboration was changed and submitted again after round {round.Round}; review the newer card.",
        };
    }

    private IEnumerable<(string Label, string Value)> Facts(ApprovalReview review, CultureInfo culture)
    {
        var answers = review.Collaboration.Answers;
        (string, string) Fact(LocalText label, string questionId) => (label.In(culture).Value, ((MarkdownText)$"{AnswerText.Format(pack, answers, questionId)}").Value);
        yield return Fact(Say.ApprovalFactPartner, QuestionIds.Partner);
        yield return Fact(Say.ApprovalFactPartnerType, QuestionIds.PartnerType);
        yield return Fact(Say.ApprovalFactCountries, QuestionIds.Countries);
        yield return Fact(Say.ApprovalFactStarts, QuestionIds.StartDate);
        yield return Fact(Say.ApprovalFactSupport, QuestionIds.SupportType);
        if (answers.GetNumber(QuestionIds.SupportAmount) is { } amount)
        {
            yield return (Say.ApprovalFactAmount.In(culture).Value, ((MarkdownText)$"{amount.ToString("#,0.##", CultureInfo.InvariantCulture)} {answers.Get(QuestionIds.SupportCurrency) ?? ""}").Value);
        }

        yield return (Say.ApprovalFactOwner.In(culture).Value, ((MarkdownText)$"{review.OwnerName}").Value);
    }

    private static bool IsLocalCode(ObligationRecord o) => o.Kind is DisclosureCalendar.CheckLocal or DisclosureCalendar.Unconfigured;

    private static MarkdownText Line(ObligationRecord o, CultureInfo culture) =>
        o.Due is { } due ? Say.ApprovalObligationDue.Format(culture, o.Title, CultureFormat.ShortDate(due, culture)) : (MarkdownText)$"- {o.Title}";

    private static string Day(DateTimeOffset? at) => (at ?? DateTimeOffset.MinValue).ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static void AddAll(JsonArray blocks, IEnumerable<JsonObject> items)
    {
        foreach (var item in items)
        {
            blocks.Add(item);
        }
    }
}
