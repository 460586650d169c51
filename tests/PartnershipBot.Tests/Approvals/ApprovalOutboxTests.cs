using Microsoft.EntityFrameworkCore;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Approvals;

/// <summary>
/// The approvals outbox: the review request posted once (its posted id kept), the card replaced after the
/// decision, the owner's notice waiting while this host has no channel for the terminal, and the reviewers'
/// reminder and the escalation queued once each after their working days, however often the sender polls.
/// </summary>
public sealed class ApprovalOutboxTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task RequestPostedOnce_CardUpdateReplacesIt_NoticeToATerminalOwnerWaits()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var sender = s.Bot.Get<ApprovalSender>();

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        var request = Assert.Single(s.Channel.Delivered);
        Assert.Equal(ApprovalMessageKinds.ReviewRequest, request.Row.Kind);
        Assert.True(request.Review.IsOpen);
        Assert.Equal(["Ada Reviewer", "Ben Checker"], request.Review.Reviewers.Select(r => r.Name));
        Assert.Contains(request.Review.Obligations, o => o.Kind == "written_agreement" && o.IsOpen);
        var card = Assert.IsType<CardReply>(Assert.Single(request.Replies)).Card;
        Assert.Equal("Compliance review: Asthma school toolkit", card.Title.Value);

        var id = await s.CollaborationIdAsync();
        await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "Add the <b>budget</b>", CancellationToken.None);
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        var update = s.Channel.Delivered.Last();
        Assert.Equal(ApprovalMessageKinds.CardUpdate, update.Row.Kind);
        Assert.Equal(("activity-1", ApprovalScenario.ReviewChannel), (update.ReplacesPostedId, update.ReplacesConversationId));
        Assert.False(update.Review.IsOpen);
        Assert.Equal(("Ada Reviewer", "Add the <b>budget</b>"), (update.Review.Round.DecidedByName, update.Review.Round.Comment));

        await using var db = await s.ContextAsync();
        var notice = await db.ApprovalOutbox.SingleAsync(m => m.Kind == ApprovalMessageKinds.DecisionNotice);
        Assert.Equal((ApprovalMessageStatus.Pending, "console", "dana", 0), (notice.Status, notice.Channel, notice.RecipientId, notice.Attempts));
        Assert.Equal("no console approval channel on this host", notice.LastError);
        var posted = await db.ApprovalOutbox.SingleAsync(m => m.Kind == ApprovalMessageKinds.ReviewRequest);
        Assert.Equal((ApprovalMessageStatus.Sent, "activity-1"), (posted.Status, posted.PostedId));
    }

    [Fact]
    public async Task DecisionNotice_CarriesTheCommentEscaped_AndAnEditButtonForTheCollaboration()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();
        await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "Add the **budget**", CancellationToken.None);
        await using var db = await s.ContextAsync();
        var round = await db.ApprovalRounds.SingleAsync();

        var card = Assert.IsType<CardReply>(Assert.Single(s.Bot.Get<ApprovalMessages>().DecisionNotice(round, "Asthma *school* toolkit"))).Card;

        Assert.Equal("Changes requested: Asthma \\*school\\* toolkit", card.Title.Value);
        Assert.Contains("Comment: \"Add the \\*\\*budget\\*\\*\"", card.Text!.Value, StringComparison.Ordinal);
        var edit = Assert.Single(card.Actions);
        Assert.Equal((CardIds.EditCollaboration, id.ToString("N")), (edit.Id, edit.Values["collaboration"]));
    }

    [Fact]
    public async Task ReviewWaiting_RemindsReviewersAfterThreeWorkingDays_EscalatesAfterSix_EachOnce()
    {
        await using var s = await ApprovalScenario.StartAsync(database);
        await s.DanaAsync(ApprovalScenario.Review);
        var sender = s.Bot.Get<ApprovalSender>();

        // Monday + 2 days: nothing yet. Thursday (three working days): the reminder, once.
        s.Clock.Advance(TimeSpan.FromDays(2));
        await sender.QueueOverdueAsync(CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(1));
        await sender.QueueOverdueAsync(CancellationToken.None);
        await sender.QueueOverdueAsync(CancellationToken.None);
        Assert.Equal((1, 0), await CountAsync(s));

        // The weekend does not count: Tuesday 15 December is the sixth working day.
        s.Clock.Advance(TimeSpan.FromDays(4));
        await sender.QueueOverdueAsync(CancellationToken.None);
        Assert.Equal((1, 0), await CountAsync(s));
        s.Clock.Advance(TimeSpan.FromDays(1));
        await sender.SendDueAsync(CancellationToken.None);
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal((1, 1), await CountAsync(s));

        var escalation = Assert.Single(s.Channel.Delivered, m => m.Row.Kind == ApprovalMessageKinds.Escalation);
        Assert.Equal("19:compliance@thread.tacv2", escalation.Row.ConversationId);
        Assert.Contains("has waited for compliance review since 7 Dec 2026 (round 1, 6 working days). Reviewers: Ada Reviewer, Ben Checker.", Assert.IsType<TextReply>(Assert.Single(escalation.Replies)).Text, StringComparison.Ordinal);
        Assert.Single(s.Channel.Delivered, m => m.Row.Kind == ApprovalMessageKinds.ReviewerReminder);
    }

    private static async Task<(int Reminders, int Escalations)> CountAsync(ApprovalScenario s)
    {
        await using var db = await s.ContextAsync();
        return (await db.ApprovalOutbox.CountAsync(m => m.Kind == ApprovalMessageKinds.ReviewerReminder),
            await db.ApprovalOutbox.CountAsync(m => m.Kind == ApprovalMessageKinds.Escalation));
    }
}
