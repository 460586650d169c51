using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Storage;
using PartnershipBot.Turns;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// The sweep against a real SQLite database on a fake clock: what goes out when, once, and what is recorded.
/// The grant starts Monday 1 March 2027, so its written agreement is due Monday 22 February 2027 (7 days before)
/// and the owner is in London (GMT in February): reminders at 09:00 UTC.
/// </summary>
public class ReminderDispatcherTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingReminderChannel channel = new();
    private readonly TempDatabase database;

    public ReminderDispatcherTests()
        : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected ReminderDispatcherTests(TempDatabase database) => this.database = database;
    private BotServices bot = null!;

    private IServiceProvider Services => bot.Services;

    public async Task InitializeAsync() => bot = await StartAsync(new Dictionary<string, string?>
    {
        ["Reminders:Compliance:Channel"] = "slack",
        ["Reminders:Compliance:ConversationId"] = "C0COMPLIANCE",
    });

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        database.Dispose();
    }

    private Task<BotServices> StartAsync(Dictionary<string, string?> settings) => BotServices.StartAsync(database, services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IReminderChannel>(channel);
        services.AddSingleton<IReminderChannel>(new ForwardingChannel("slack", channel));
    }, settings);

    private Task<int> SweepAsync() => Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

    private void At(int month, int day, int hour = 9) => clock.SetUtcNow(new DateTimeOffset(2027, month, day, hour, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Submit_PlansLeadOverdueAndEscalationAtNineLocal()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
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
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        At(1, 22, hour: 8);
        Assert.Equal(0, await SweepAsync());

        At(1, 22);
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());

        var (to, replies) = Assert.Single(channel.Sent);
        Assert.Equal(ReminderSeed.Owner, to);
        var card = Assert.IsType<CardReply>(Assert.Single(replies)).Card;
        Assert.Equal("Reminder: Written agreement signed before the start", card.Title);
        Assert.Contains(card.Facts, f => f.Label == "Due" && f.Value == "22 Feb 2027 (in 31 days)");
        Assert.Equal(["Done", "Snooze 1 day", "Snooze 1 week", "Open checklist"], card.Actions.Select(a => a.Title));
        await using var db = await database.CreateContextAsync();
        var delivery = await db.ReminderDeliveries.SingleAsync();
        Assert.Equal(("sent", 1), (delivery.Outcome, delivery.Attempts));
        Assert.NotNull(delivery.CompletedAt);
    }

    [Fact]
    public async Task Sweep_AfterDowntime_SendsOnlyTheNewestMissedReminderPerObligation()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());

        // Down from 4 January to 20 February: three lead reminders of the agreement fell due meanwhile.
        At(2, 20);
        await SweepAsync();
        await SweepAsync();

        // One message per obligation: the agreement's newest lead reminder, and the acknowledgement's first.
        Assert.Equal(["Reminder: Support acknowledged in materials from the start", "Reminder: Written agreement signed before the start"], channel.Titles.Order());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var statuses = (await ReminderSeed.RemindersAsync(Services, agreement.Id)).Take(3).Select(r => r.Status);
        Assert.Equal(["superseded", "superseded", "sent"], statuses);
    }

    [Fact]
    public async Task Done_StopsTheRemindersOfThatObligationOnly()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var processor = Services.GetRequiredService<ITurnProcessor>();
        await processor.ProcessAsync(ReminderTurns.Click(CardIds.ReminderDone, agreement.Id, clock.GetUtcNow()), new RecordingSender(), CancellationToken.None);

        At(3, 1);
        await SweepAsync();

        var done = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("done", "Dana Owner"), (done.Status, done.DoneBy));
        Assert.All(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => Assert.Equal("cancelled", r.Status));
        Assert.Equal(["Reminder: Support acknowledged in materials from the start"], channel.Titles);
    }

    [Fact]
    public async Task Snooze_HoldsRemindersUntilItEndsThenRemindsOnce()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        At(2, 15);
        await SweepAsync();
        Assert.Equal(1, AgreementReminders());

        var processor = Services.GetRequiredService<ITurnProcessor>();
        var replies = await processor.ProcessAsync(ReminderTurns.Click(CardIds.ReminderSnooze, agreement.Id, clock.GetUtcNow(), days: "7"), new RecordingSender(), CancellationToken.None);
        Assert.Contains("I'll remind you again on Monday 22 February 2027", ((TextReply)replies[0]).Text, StringComparison.Ordinal);

        At(2, 19);
        await SweepAsync();
        Assert.Equal(1, AgreementReminders());

        At(2, 22);
        await SweepAsync();
        Assert.Equal(2, AgreementReminders());
        var (_, snoozeEnd) = channel.Sent.Last(s => s.Replies[0] is CardReply c && c.Card.Title.Contains("agreement", StringComparison.Ordinal));
        Assert.Contains("Your snooze is over", ((CardReply)snoozeEnd[0]).Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_AfterThreeRemindersEscalatesToComplianceAndTellsTheOwner()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow(), ReminderSeed.Grant(end: "2027-03-31"));
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        foreach (var day in new[] { 1, 8, 15 })
        {
            At(3, day);
            await SweepAsync();
        }

        var compliance = channel.Sent.Where(s => s.To == "compliance:C0COMPLIANCE").ToList();
        var escalation = Assert.IsType<TextReply>(Assert.Single(compliance).Replies[0]).Text;
        Assert.Contains("\"Written agreement signed before the start\" for \"Asthma school toolkit\" was due 22 Feb 2027", escalation, StringComparison.Ordinal);
        Assert.Contains("Dana Owner has had 3 overdue reminders", escalation, StringComparison.Ordinal);
        Assert.Contains(channel.Sent, s => s.To == ReminderSeed.Owner && s.Replies[0] is TextReply t && t.Text.Contains("I have let the compliance team know", StringComparison.Ordinal));

        // Overdue reminders keep coming weekly, planned further as they go out.
        var reminders = await ReminderSeed.RemindersAsync(Services, agreement.Id);
        Assert.Contains(reminders, r => r.Kind == "overdue" && r.Status == "scheduled" && r.SendAt > new DateTimeOffset(2027, 4, 12, 0, 0, 0, TimeSpan.Zero));
        await using var db = await database.CreateContextAsync();
        Assert.Contains(await db.ObligationEvents.Where(e => e.ObligationId == agreement.Id).Select(e => e.Action).ToListAsync(), a => a == "escalated");
    }

    [Fact]
    public async Task Forbidden_MarksUndeliverableEscalatesAndShowsInReminders()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        channel.Outcomes.Enqueue(new DeliveryResult(DeliveryOutcome.Undeliverable, "Teams refused the message (HTTP 403)"));
        At(1, 22);
        await SweepAsync();

        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var reminders = await ReminderSeed.RemindersAsync(Services, agreement.Id);
        // The escalation is due at the same instant; databases order ties differently, so pick by kind.
        var first = reminders.First(r => r.Kind == "lead");
        Assert.Equal(("undeliverable", "Teams refused the message (HTTP 403)"), (first.Status, first.LastError));
        var escalation = Assert.IsType<TextReply>(Assert.Single(channel.Sent).Replies[0]).Text;
        Assert.Contains("I could not deliver reminders to Dana Owner", escalation, StringComparison.Ordinal);
        Assert.Contains(reminders, r => r.Kind == "escalation" && r.Status == "sent" && r.Key.EndsWith(":undeliverable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TransientFailure_RetriesWithBackoffThenSucceeds()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        channel.Outcomes.Enqueue(new DeliveryResult(DeliveryOutcome.RetryLater, "Teams answered HTTP 503"));
        At(1, 22);
        Assert.Equal(0, await SweepAsync());

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await SweepAsync());

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await SweepAsync());
        await using var db = await database.CreateContextAsync();
        var delivery = await db.ReminderDeliveries.SingleAsync();
        Assert.Equal(("sent", 2), (delivery.Outcome, delivery.Attempts));
    }

    [Fact]
    public async Task CrashMidSend_IsRepeatedOnceAfterTheLeaseRunsOut()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        At(1, 22);
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        var first = (await ReminderSeed.RemindersAsync(Services, agreement.Id))[0];

        // A sweep claimed the delivery and died before completing it.
        Assert.True(await Services.GetRequiredService<ReminderDeliveryLedger>().TryClaimAsync(first, clock.GetUtcNow(), CancellationToken.None));
        Assert.Equal(0, await SweepAsync());

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());
        Assert.Single(channel.Sent);
    }

    [Fact]
    public async Task AnswersChange_MovesDueDatesAndKeepsHistory()
    {
        var id = await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        await using (var db = await database.CreateContextAsync())
        {
            var sync = Services.GetRequiredService<ObligationSync>();
            var owner = new ReminderOwner(RecordingReminderChannel.Name, ReminderSeed.Owner, "Dana Owner", "Europe/London");
            await sync.SyncAsync(db, id, ReminderSeed.Grant(start: "2027-04-05"), owner, "Dana Owner", clock.GetUtcNow(), CancellationToken.None);
            await sync.SyncAsync(db, id, ReminderSeed.Grant(start: "2027-04-05", support: "none"), owner, "Dana Owner", clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("withdrawn", new DateOnly(2027, 3, 29)), (agreement.Status, agreement.Due));
        await using var read = await database.CreateContextAsync();
        var history = await read.ObligationEvents.Where(e => e.ObligationId == agreement.Id).OrderBy(e => e.Id).Select(e => e.Action + " " + e.Detail).ToListAsync();
        Assert.Equal(["created 2027-02-22", "due_changed 2027-02-22 -> 2027-03-29", "withdrawn "], history);
        Assert.All(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => Assert.Equal("cancelled", r.Status));
    }

    [Fact]
    public async Task RemindMeAbout_AddsAReminderAtNineLocalThatIsSentThatDay()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        var processor = Services.GetRequiredService<ITurnProcessor>();
        async Task<string> SayAsync(string text)
        {
            var turn = ReminderTurns.Click("unused", Guid.Empty, clock.GetUtcNow()) with { Action = null, Text = text };
            return string.Join("\n", (await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None)).OfType<TextReply>().Select(r => r.Text));
        }

        var list = await SayAsync("reminders");
        Assert.Contains("1. 22 Feb 2027: Written agreement signed before the start", list, StringComparison.Ordinal);
        Assert.Contains("next reminder 22 Jan 2027 09:00", list, StringComparison.Ordinal);

        Assert.Contains("I'll remind you about \"Written agreement signed before the start\" on Wednesday 10 February 2027", await SayAsync("remind me about 1 on 10 February 2027"), StringComparison.Ordinal);
        Assert.Contains("There is no deadline 9", await SayAsync("remind me about 9 on tomorrow"), StringComparison.Ordinal);

        At(2, 10);
        await SweepAsync();
        var (_, replies) = Assert.Single(channel.Sent, s => s.Replies[0] is CardReply c && c.Card.Text!.Contains("You asked me", StringComparison.Ordinal));
        Assert.Equal("Reminder: Written agreement signed before the start", ((CardReply)replies[0]).Card.Title);
    }

    private int AgreementReminders() => channel.Titles.Count(t => t.Contains("Written agreement", StringComparison.Ordinal));

    /// <summary>Stands in for the Slack compliance channel, recording into the same log.</summary>
    private sealed class ForwardingChannel(string name, RecordingReminderChannel inner) : IReminderChannel
    {
        public string Channel => name;

        public Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
            inner.SendToUserAsync(userId, replies, cancellationToken);

        public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
            inner.SendToComplianceAsync(contact, replies, cancellationToken);
    }
}
