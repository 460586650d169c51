using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// The sweep against a real SQLite database on a fake clock: what goes out when, once, and what is recorded.
/// The grant starts Monday 1 March 2027, so its written agreement is due Monday 22 February 2027 (7 days before)
/// and the owner is in London (GMT in February): reminders at 09:00 UTC.
/// </summary>
public class ReminderDispatcherTests : SweepHarness
{
    public ReminderDispatcherTests()
        : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected ReminderDispatcherTests(TempDatabase database)
        : base(database)
    {
    }

    private void At(int month, int day, int hour = 9) => Clock.SetUtcNow(new DateTimeOffset(2027, month, day, hour, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Submit_PlansLeadOverdueAndEscalationAtNineLocal()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var reminders = await ReminderSeed.RemindersAsync(Services, agreement.Id);

        Assert.Equal(new DateOnly(2027, 2, 22), agreement.Due);
        Assert.Equal(
            [
                ("lead", new DateTimeOffset(2027, 1, 22, 9, 0, 0, TimeSpan.Zero)),
                ("lead", new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero)),
                ("lead", new DateTimeOffset(2027, 2, 19, 9, 0, 0, TimeSpan.Zero)), // Sunday 21st -> Friday 19th
                ("overdue", new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)),
            ],
            reminders.Take(4).Select(r => (r.Kind, r.SendAt)));
        Assert.Contains(reminders, r => r.Kind == "escalation" && r.SendAt == new DateTimeOffset(2027, 3, 15, 9, 0, 0, TimeSpan.Zero));
        Assert.All(reminders, r => Assert.Equal("scheduled", r.Status));
    }

    [Fact]
    public async Task Sweep_DueReminder_SendsOnceWithDoneSnoozeAndChecklistButtons()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        At(1, 22, hour: 8);
        Assert.Equal(0, await SweepAsync());

        At(1, 22);
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());

        var (to, replies) = Assert.Single(Channel.Sent);
        Assert.Equal(ReminderSeed.Owner, to);
        var card = Assert.IsType<CardReply>(Assert.Single(replies)).Card;
        Assert.Equal("Reminder: Written agreement signed before the start", card.Title);
        Assert.Contains(card.Facts, f => f.Label == "Due" && f.Value == "22 Feb 2027 (in 31 days)");
        Assert.Equal(["Done", "Snooze 1 day", "Snooze 1 week", "Open checklist"], card.Actions.Select(a => a.Title));
        await using var db = await Database.CreateContextAsync();
        var delivery = await db.ReminderDeliveries.SingleAsync();
        Assert.Equal(("sent", 1), (delivery.Outcome, delivery.Attempts));
        Assert.NotNull(delivery.CompletedAt);
    }

    [Fact]
    public async Task Sweep_AfterDowntime_SendsOnlyTheNewestMissedReminderPerObligation()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());

        // Down from 4 January to 20 February: three lead reminders of the agreement fell due meanwhile.
        At(2, 20);
        await SweepAsync();
        await SweepAsync();

        // One message per obligation: the agreement's newest lead reminder, and the acknowledgement's first.
        Assert.Equal(["Reminder: Support acknowledged in materials from the start", "Reminder: Written agreement signed before the start"], Channel.Titles.Order());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var statuses = (await ReminderSeed.RemindersAsync(Services, agreement.Id)).Take(3).Select(r => r.Status);
        Assert.Equal(["superseded", "superseded", "sent"], statuses);
    }

    [Fact]
    public async Task Done_StopsTheRemindersOfThatObligationOnly()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var processor = Services.GetRequiredService<ITurnProcessor>();
        await processor.ProcessAsync(ReminderTurns.Click(CardIds.ReminderDone, agreement.Id, Clock.GetUtcNow()), new RecordingSender(), CancellationToken.None);

        At(3, 1);
        await SweepAsync();

        var done = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("done", "Dana Owner"), (done.Status, done.DoneBy));
        Assert.All(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => Assert.Equal("cancelled", r.Status));
        Assert.Equal(["Reminder: Support acknowledged in materials from the start"], Channel.Titles);
    }

    [Fact]
    public async Task Snooze_HoldsRemindersUntilItEndsThenRemindsOnce()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        At(2, 15);
        await SweepAsync();
        Assert.Equal(1, AgreementReminders());

        var processor = Services.GetRequiredService<ITurnProcessor>();
        var replies = await processor.ProcessAsync(ReminderTurns.Click(CardIds.ReminderSnooze, agreement.Id, Clock.GetUtcNow(), days: "7"), new RecordingSender(), CancellationToken.None);
        Assert.Contains("I'll remind you again on Monday 22 February 2027", ((TextReply)replies[0]).Text, StringComparison.Ordinal);

        At(2, 19);
        await SweepAsync();
        Assert.Equal(1, AgreementReminders());

        At(2, 22);
        await SweepAsync();
        Assert.Equal(2, AgreementReminders());
        var (_, snoozeEnd) = Channel.Sent.Last(s => s.Replies[0] is CardReply c && c.Card.Title.Value.Contains("agreement", StringComparison.Ordinal));
        Assert.Contains("Your snooze is over", ((CardReply)snoozeEnd[0]).Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snooze_ReplayedDelivery_SnoozesOnce()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        At(2, 15);
        await SweepAsync();
        var processor = Services.GetRequiredService<ITurnProcessor>();
        var delivery = new TurnDelivery { Key = "teams-activity:a:1conv:snooze-click" };
        var click = ReminderTurns.Click(CardIds.ReminderSnooze, agreement.Id, Clock.GetUtcNow(), days: "7");
        await processor.ProcessAsync(click, new RecordingSender(), delivery, CancellationToken.None);

        // The connector redelivers the click days later: applied again, it would snooze until the 27th.
        At(2, 20);
        var replay = await processor.ProcessAsync(click with { Timestamp = Clock.GetUtcNow() }, new RecordingSender(), delivery, CancellationToken.None);

        Assert.Empty(replay);
        At(2, 22);
        await SweepAsync();
        Assert.Equal(2, AgreementReminders());
    }

    [Fact]
    public async Task Overdue_AfterThreeRemindersEscalatesToComplianceAndTellsTheOwner()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow(), ReminderSeed.Grant(end: "2027-03-31"));
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        foreach (var day in new[] { 1, 8, 15 })
        {
            At(3, day);
            await SweepAsync();
        }

        var compliance = Channel.Sent.Where(s => s.To == "compliance:C0COMPLIANCE").ToList();
        var escalation = Assert.IsType<TextReply>(Assert.Single(compliance).Replies[0]).Text;
        Assert.Contains("\"Written agreement signed before the start\" for \"Asthma school toolkit\" was due 22 Feb 2027", escalation, StringComparison.Ordinal);
        Assert.Contains("Dana Owner has had 3 overdue reminders", escalation, StringComparison.Ordinal);
        Assert.Contains(Channel.Sent, s => s.To == ReminderSeed.Owner && s.Replies[0] is TextReply t && t.Text.Contains("I have let the compliance team know", StringComparison.Ordinal));

        // Overdue reminders keep coming weekly, planned further as they go out.
        var reminders = await ReminderSeed.RemindersAsync(Services, agreement.Id);
        Assert.Contains(reminders, r => r.Kind == "overdue" && r.Status == "scheduled" && r.SendAt > new DateTimeOffset(2027, 4, 12, 0, 0, 0, TimeSpan.Zero));
        await using var db = await Database.CreateContextAsync();
        Assert.Contains(await db.ObligationEvents.Where(e => e.ObligationId == agreement.Id).Select(e => e.Action).ToListAsync(), a => a == "escalated");
    }

    [Fact]
    public async Task Forbidden_MarksUndeliverableEscalatesAndShowsInReminders()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        Channel.Outcomes.Enqueue(new DeliveryResult(DeliveryOutcome.Undeliverable, "Teams refused the message (HTTP 403)"));
        At(1, 22);
        await SweepAsync();

        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var reminders = await ReminderSeed.RemindersAsync(Services, agreement.Id);
        // The escalation is due at the same instant; databases order ties differently, so pick by kind.
        var first = reminders.First(r => r.Kind == "lead");
        Assert.Equal(("undeliverable", "Teams refused the message (HTTP 403)"), (first.Status, first.LastError));
        var escalation = Assert.IsType<TextReply>(Assert.Single(Channel.Sent).Replies[0]).Text;
        Assert.Contains("I could not deliver reminders to Dana Owner", escalation, StringComparison.Ordinal);
        Assert.Contains(reminders, r => r.Kind == "escalation" && r.Status == "sent" && r.Key.EndsWith(":undeliverable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TransientFailure_RetriesWithBackoffThenSucceeds()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        Channel.Outcomes.Enqueue(new DeliveryResult(DeliveryOutcome.RetryLater, "Teams answered HTTP 503"));
        At(1, 22);
        Assert.Equal(0, await SweepAsync());

        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await SweepAsync());

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await SweepAsync());
        await using var db = await Database.CreateContextAsync();
        var delivery = await db.ReminderDeliveries.SingleAsync();
        Assert.Equal(("sent", 2), (delivery.Outcome, delivery.Attempts));
    }

    [Fact]
    public async Task CrashMidSend_IsRepeatedOnceAfterTheLeaseRunsOut()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        At(1, 22);
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var first = (await ReminderSeed.RemindersAsync(Services, agreement.Id))[0];

        // A sweep claimed the delivery and died before completing it.
        Assert.True(await Services.GetRequiredService<ReminderDeliveryLedger>().TryClaimAsync(first, Clock.GetUtcNow(), CancellationToken.None));
        Assert.Equal(0, await SweepAsync());

        Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());
        Assert.Single(Channel.Sent);
    }

    [Fact]
    public async Task AnswersChange_MovesDueDatesAndKeepsHistory()
    {
        var id = await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        await using (var db = await Database.CreateContextAsync())
        {
            var sync = Services.GetRequiredService<ObligationSync>();
            var owner = new ReminderOwner(RecordingReminderChannel.Name, ReminderSeed.Owner, "Dana Owner", "Europe/London");
            await sync.SyncAsync(db, id, ReminderSeed.Grant(start: "2027-04-05"), owner, "Dana Owner", Clock.GetUtcNow(), CancellationToken.None);
            await sync.SyncAsync(db, id, ReminderSeed.Grant(start: "2027-04-05", support: "none"), owner, "Dana Owner", Clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("withdrawn", new DateOnly(2027, 3, 29)), (agreement.Status, agreement.Due));
        await using var read = await Database.CreateContextAsync();
        var history = await read.ObligationEvents.Where(e => e.ObligationId == agreement.Id).OrderBy(e => e.Id).Select(e => e.Action + " " + e.Detail).ToListAsync();
        Assert.Equal(["created 2027-02-22", "due_changed 2027-02-22 -> 2027-03-29", "withdrawn "], history);
        Assert.All(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => Assert.Equal("cancelled", r.Status));
    }

    [Fact]
    public async Task RemindMeAbout_AddsAReminderAtNineLocalThatIsSentThatDay()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        var list = await SayAsync("reminders");
        Assert.Contains("1. 22 Feb 2027: Written agreement signed before the start", list, StringComparison.Ordinal);
        Assert.Contains("next reminder 22 Jan 2027 09:00 Europe/London", list, StringComparison.Ordinal);

        Assert.Contains("I'll remind you about \"Written agreement signed before the start\" on Wednesday 10 February 2027", await SayAsync("remind me about 1 on 10 February 2027"), StringComparison.Ordinal);
        Assert.Contains("There is no deadline 9", await SayAsync("remind me about 9 on tomorrow"), StringComparison.Ordinal);

        At(2, 10);
        await SweepAsync();
        var (_, replies) = Assert.Single(Channel.Sent, s => s.Replies[0] is CardReply c && c.Card.Text!.Value.Contains("You asked me", StringComparison.Ordinal));
        Assert.Equal("Reminder: Written agreement signed before the start", ((CardReply)replies[0]).Card.Title);
    }

    private int AgreementReminders() => Channel.Titles.Count(t => t.Contains("Written agreement", StringComparison.Ordinal));
}
