using Microsoft.EntityFrameworkCore;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Approvals;

/// <summary>
/// Compliance sign-off on a real SQLite file: Dana submits in the terminal and is told who reviews it; reviewers
/// approve, request changes (Dana edits and resubmits: round 2) or reject; refusals store nothing.
/// </summary>
public class ApprovalFlowTests : IDisposable
{
    private readonly TempDatabase database;

    public ApprovalFlowTests()
        : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected ApprovalFlowTests(TempDatabase database) => this.database = database;

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Submit_OpensRoundOne_AwaitingReview_AndTellsTheOwnerWhoReviewsIt()
    {
        await using var s = await ApprovalScenario.StartAsync(database);

        var transcript = await s.DanaAsync(ApprovalScenario.Review + "\nstatus\nlist\n");

        // Fay reviews French collaborations only: she is not named.
        Assert.Contains("Submitted \"Asthma school toolkit\"", transcript, StringComparison.Ordinal);
        Assert.Contains("Sent for compliance review to Ada Reviewer (Compliance reviewer), Ben Checker (Head of compliance); you'll hear here when they decide.", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Fay", transcript, StringComparison.Ordinal);
        Assert.Contains("Review: awaiting review (round 1).", transcript, StringComparison.Ordinal);
        Assert.Contains("1. Asthma school toolkit (submitted, awaiting review, checklist 0/", transcript, StringComparison.Ordinal);

        await using var db = await s.ContextAsync();
        var round = await db.ApprovalRounds.SingleAsync();
        Assert.Equal((1, ApprovalStatus.Awaiting, "console:dana"), (round.Round, round.Status, round.RequestedById));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 9, 30, 0, TimeSpan.Zero), round.RemindAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 9, 30, 0, TimeSpan.Zero), round.EscalateAt);
        var request = await db.ApprovalOutbox.SingleAsync();
        Assert.Equal((ApprovalMessageKinds.ReviewRequest, "msteams", ApprovalScenario.ReviewChannel, ApprovalMessageStatus.Pending), (request.Kind, request.Channel, request.ConversationId, request.Status));
        Assert.Contains(await db.AuditEvents.ToListAsync(), e => e.Action == "review.requested" && e.Detail == "round 1" && e.ActorId == "console:dana");
    }

    [Fact]
    public async Task NoReviewersConfigured_StillWaitsForReview_AndTheOwnerIsToldToContactCompliance()
    {
        await using var s = await ApprovalScenario.StartAsync(database, withReviewers: false);

        var transcript = await s.DanaAsync(ApprovalScenario.Review);

        Assert.Contains("It now waits for compliance review, but no reviewer is configured here: please contact Compliance Office so someone reviews it.", transcript, StringComparison.Ordinal);
        await using var db = await s.ContextAsync();
        Assert.Equal(ApprovalStatus.Awaiting, (await db.ApprovalRounds.SingleAsync()).Status);
        Assert.Empty(await db.ApprovalOutbox.ToListAsync());
    }

    [Fact]
    public async Task Approve_RecordsWhoWhenRoundAndRole_CertifiesTheAgreement_AndTheOwnerSeesIt()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();
        s.Clock.Advance(TimeSpan.FromHours(2));

        var outcome = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, ApprovalScenario.Ben, null, CancellationToken.None);

        Assert.Equal(ApprovalOutcomeKind.Decided, outcome.Kind);
        await using (var db = await s.ContextAsync())
        {
            var round = await db.ApprovalRounds.SingleAsync();
            Assert.Equal((ApprovalStatus.Approved, "msteams:29:ben", ApprovalScenario.BenOid, "Ben Checker", "Head of compliance"),
                (round.Status, round.DecidedById, round.DecidedByEntraId, round.DecidedByName, round.DecidedByRole));
            Assert.Equal(s.Clock.GetUtcNow(), round.DecidedAt);
            var certify = await db.ChecklistItems.SingleAsync(i => i.ItemId == ApprovalService.CertifyItem);
            Assert.True(certify.Done);
            Assert.Equal(("Ben Checker (Head of compliance)", "msteams:29:ben"), (certify.DoneBy, certify.DoneById));
            var audit = await db.AuditEvents.Where(e => e.Action == "review.approved").SingleAsync();
            Assert.Equal(("msteams:29:ben", "round 1"), (audit.ActorId, audit.Detail));
            var queued = await db.ApprovalOutbox.OrderBy(m => m.CreatedAt).ThenBy(m => m.Kind).Select(m => m.Kind).ToListAsync();
            Assert.Equal([ApprovalMessageKinds.CardUpdate, ApprovalMessageKinds.DecisionNotice, ApprovalMessageKinds.ReviewRequest], queued.Order(StringComparer.Ordinal));
        }

        var transcript = await s.DanaAsync("status\nlist\n");
        Assert.Contains("Review: approved by Ben Checker (Head of compliance) on 7 Dec 2026 (round 1).", transcript, StringComparison.Ordinal);
        Assert.Contains("(submitted, approved by Ben Checker, checklist 1/", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestChanges_OwnerEditsAndResubmits_RoundTwo_ThenApproved_EveryRoundKept()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();

        var noComment = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "  ", CancellationToken.None);
        Assert.Equal(ApprovalOutcomeKind.CommentRequired, noComment.Kind);
        var changes = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "Name the *steering group* members", CancellationToken.None);
        Assert.Equal(ApprovalOutcomeKind.Decided, changes.Kind);

        var told = await s.DanaAsync("status\n");
        Assert.Contains("Review: changes requested by Ada Reviewer (Compliance reviewer) on 7 Dec 2026: \"Name the *steering group* members\". Type edit to change the answers, then submit again.", told, StringComparison.Ordinal);

        var resubmitted = await s.DanaAsync("edit\nchange 2\nBreathe Easy Scotland\nsubmit\n");
        Assert.Contains("Sent for compliance review to Ada Reviewer", resubmitted, StringComparison.Ordinal);

        // Ada's card is of round 1 now: a click on it is refused, and round 2 is what gets approved.
        var stale = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, ApprovalScenario.Ben, null, CancellationToken.None);
        Assert.Equal((ApprovalOutcomeKind.StaleRound, 2), (stale.Kind, stale.CurrentRound));
        Assert.Contains("round 2", stale.Describe(PartnershipBot.Dialogs.Texts.Languages.English), StringComparison.Ordinal);
        var approved = await s.Approvals.DecideAsync(id, 2, ApprovalDecision.Approve, ApprovalScenario.Ben, null, CancellationToken.None);
        Assert.Equal(ApprovalOutcomeKind.Decided, approved.Kind);

        await using var db = await s.ContextAsync();
        var rounds = await db.ApprovalRounds.OrderBy(r => r.Round).ToListAsync();
        Assert.Equal([(1, ApprovalStatus.ChangesRequested, "Name the *steering group* members"), (2, ApprovalStatus.Approved, null)],
            rounds.Select(r => (r.Round, r.Status, r.Comment)));
        Assert.Equal(2, await db.ApprovalOutbox.CountAsync(m => m.Kind == ApprovalMessageKinds.DecisionNotice));
    }

    [Fact]
    public async Task Reject_ClosesTheCollaboration_WithdrawsItsObligationsAndCancelsTheirReminders()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();
        await using (var before = await s.ContextAsync())
        {
            Assert.Contains(await before.Reminders.ToListAsync(), r => r.Status == ReminderStatus.Scheduled);
        }

        var outcome = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Reject, ApprovalScenario.Ada, "Sole funder: not allowed", CancellationToken.None);

        Assert.Equal(ApprovalOutcomeKind.Decided, outcome.Kind);
        await using (var db = await s.ContextAsync())
        {
            Assert.Equal(CollaborationStatus.Closed, (await db.Collaborations.SingleAsync()).Status);
            var obligations = await db.Obligations.ToListAsync();
            Assert.NotEmpty(obligations);
            Assert.DoesNotContain(obligations, o => o.Status == ObligationStatus.Open);
            Assert.DoesNotContain(await db.Reminders.ToListAsync(), r => r.Status == ReminderStatus.Scheduled);
            var withdrawn = await db.ObligationEvents.Where(e => e.Action == "withdrawn").ToListAsync();
            Assert.All(withdrawn, e => Assert.Equal(("collaboration rejected in compliance review", "msteams:29:ada"), (e.Detail, e.ActorId)));
            Assert.Equal(obligations.Count(o => o.Status == ObligationStatus.Withdrawn), withdrawn.Count);
        }

        var transcript = await s.DanaAsync("list\nedit\n");
        Assert.Contains("(closed: rejected in review)", transcript, StringComparison.Ordinal);
        Assert.Contains("was rejected in compliance review and is closed, so it cannot be edited", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectedWhileTheOwnerEdits_TheResubmitIsRefused_AndTheCollaborationStaysClosed()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();
        await s.DanaAsync("edit\nchange 2\nBreathe Easy Scotland\n");

        await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Reject, ApprovalScenario.Ada, "Sole funder: not allowed", CancellationToken.None);
        var transcript = await s.DanaAsync("submit\n");

        Assert.Contains("\"Asthma school toolkit\" was rejected in compliance review while you were editing it, so it is closed and your changes were not saved.", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Sent for compliance review", transcript, StringComparison.Ordinal);
        await using var db = await s.ContextAsync();
        Assert.Equal(CollaborationStatus.Closed, (await db.Collaborations.SingleAsync()).Status);
        Assert.Equal([(1, ApprovalStatus.Rejected)], (await db.ApprovalRounds.ToListAsync()).Select(r => (r.Round, r.Status)));
        Assert.DoesNotContain(await db.Answers.ToListAsync(), a => a.ValuesJson.Contains("Breathe Easy Scotland", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_BeforeTheCommentForm_AllowsAReviewer_RefusesOthers_StoresNothing()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();

        Assert.Null(await s.Approvals.CheckAsync(id, 1, ApprovalScenario.Ada, CancellationToken.None));
        Assert.Equal(ApprovalOutcomeKind.NotAReviewer, (await s.Approvals.CheckAsync(id, 1, ApprovalScenario.Fay, CancellationToken.None))!.Kind);

        await using var db = await s.ContextAsync();
        Assert.Equal(ApprovalStatus.Awaiting, (await db.ApprovalRounds.SingleAsync()).Status);
        Assert.DoesNotContain(await db.AuditEvents.ToListAsync(), e => e.Action.StartsWith("review.", StringComparison.Ordinal) && e.Action != "review.requested");
    }

    [Fact]
    public async Task NonReviewer_AndReviewerOutsideTheirCountries_AreRefused_NothingStored()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();

        var stranger = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, new ApprovalActor("msteams:29:eve", "Eve", EntraObjectId: "9d3f2b71-0000-4000-8000-000000000000"), null, CancellationToken.None);
        var fay = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, ApprovalScenario.Fay, null, CancellationToken.None);
        var missing = await s.Approvals.DecideAsync(Guid.NewGuid(), 1, ApprovalDecision.Approve, ApprovalScenario.Ada, null, CancellationToken.None);

        Assert.Equal(ApprovalOutcomeKind.NotAReviewer, stranger.Kind);
        Assert.Equal(ApprovalOutcomeKind.NotAReviewer, fay.Kind);
        Assert.Equal(ApprovalOutcomeKind.NotFound, missing.Kind);
        await AssertNothingDecidedAsync(s);
    }

    [Fact]
    public async Task OwnerSelfApproval_IsRefused_FourEyes()
    {
        await using var s = await ApprovalScenario.StartAsync(database);

        // Ada is a reviewer and also plans a collaboration herself, in Slack.
        var processor = s.Bot.Get<ITurnProcessor>();
        foreach (var line in ApprovalScenario.Review.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var turn = TestTurns.Message(line, user: "T1:UADA", channel: "slack", displayName: "Ada Reviewer") with { Timestamp = s.Clock.GetUtcNow() };
            await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None);
        }

        var id = await s.CollaborationIdAsync();
        var bySlack = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, new ApprovalActor("slack:T1:UADA", "Ada Reviewer", SlackUserId: "T1:UADA"), null, CancellationToken.None);
        var byTeams = await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, ApprovalScenario.Ada, null, CancellationToken.None);

        Assert.Equal(ApprovalOutcomeKind.OwnCollaboration, bySlack.Kind);
        Assert.Equal(ApprovalOutcomeKind.OwnCollaboration, byTeams.Kind);
        Assert.Contains("four eyes", bySlack.Describe(PartnershipBot.Dialogs.Texts.Languages.English), StringComparison.Ordinal);
        await AssertNothingDecidedAsync(s);
        Assert.Equal(ApprovalOutcomeKind.Decided, (await s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, ApprovalScenario.Ben, null, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task TwoReviewersAtOnce_OneDecisionWins_TheOtherIsToldWhoDecided()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();

        var outcomes = await Task.WhenAll(
            Task.Run(() => s.Approvals.DecideAsync(id, 1, ApprovalDecision.Approve, ApprovalScenario.Ada, null, CancellationToken.None)),
            Task.Run(() => s.Approvals.DecideAsync(id, 1, ApprovalDecision.Reject, ApprovalScenario.Ben, "No", CancellationToken.None)));

        await AssertOneWinsAsync(s, outcomes);
    }

    [Fact]
    public async Task AgreementObligation_CannotBeMarkedDoneBeforeApproval()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        Guid agreement;
        await using (var db = await s.ContextAsync())
        {
            agreement = (await db.Obligations.SingleAsync(o => o.Kind == "written_agreement")).Id;
        }

        var refused = await ClickDoneAsync(s, agreement);
        Assert.Contains("cannot be marked done yet: the collaboration is awaiting review, and the agreement is signed only after compliance approves it.", refused, StringComparison.Ordinal);
        await using (var db = await s.ContextAsync())
        {
            Assert.Equal(ObligationStatus.Open, (await db.Obligations.SingleAsync(o => o.Id == agreement)).Status);
        }

        await s.Approvals.DecideAsync(await s.CollaborationIdAsync(), 1, ApprovalDecision.Approve, ApprovalScenario.Ada, null, CancellationToken.None);
        var done = await ClickDoneAsync(s, agreement);
        Assert.Contains("Marked done", done, StringComparison.Ordinal);
        await using (var db = await s.ContextAsync())
        {
            Assert.Equal(ObligationStatus.Done, (await db.Obligations.SingleAsync(o => o.Id == agreement)).Status);
        }
    }

    internal static async Task AssertOneWinsAsync(ApprovalScenario s, ApprovalOutcome[] outcomes)
    {
        var won = Assert.Single(outcomes, o => o.Kind == ApprovalOutcomeKind.Decided);
        var lost = Assert.Single(outcomes, o => o.Kind == ApprovalOutcomeKind.AlreadyDecided);
        Assert.Equal(won.Round!.DecidedByName, lost.Round!.DecidedByName);
        Assert.Contains($"{won.Round.DecidedByName} already", lost.Describe(PartnershipBot.Dialogs.Texts.Languages.English), StringComparison.Ordinal);
        await using var db = await s.ContextAsync();
        Assert.Single(await db.AuditEvents.Where(e => e.Action.StartsWith("review.") && e.Action != "review.requested").ToListAsync());
        Assert.Single(await db.ApprovalOutbox.Where(m => m.Kind == ApprovalMessageKinds.DecisionNotice).ToListAsync());
    }

    private static async Task AssertNothingDecidedAsync(ApprovalScenario s)
    {
        await using var db = await s.ContextAsync();
        Assert.Equal(ApprovalStatus.Awaiting, (await db.ApprovalRounds.SingleAsync()).Status);
        Assert.DoesNotContain(await db.AuditEvents.ToListAsync(), e => e.Action.StartsWith("review.", StringComparison.Ordinal) && e.Action != "review.requested");
        Assert.False(await db.ChecklistItems.AnyAsync(i => i.ItemId == ApprovalService.CertifyItem && i.Done));
        Assert.Equal(1, await db.ApprovalOutbox.CountAsync());
    }

    private static async Task<string> ClickDoneAsync(ApprovalScenario s, Guid obligation)
    {
        var turn = TestTurns.Message("", user: "dana") with
        {
            Action = new PartnershipBot.Dialogs.UserAction(PartnershipBot.Dialogs.CardIds.ReminderDone, new Dictionary<string, string> { [PartnershipBot.Dialogs.CardIds.ObligationValue] = obligation.ToString("N") }),
            Timestamp = s.Clock.GetUtcNow(),
        };
        var replies = await s.Bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None);
        return string.Join("\n", replies.OfType<PartnershipBot.Dialogs.TextReply>().Select(r => r.Text));
    }
}
