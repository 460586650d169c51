using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// What the disclosure rules of issue 11 do to stored obligations and reminders, on a real SQLite database and a
/// fake clock: a country without a rule goes to compliance without a date, a signed agreement is done (who said so,
/// when) and never reminded, and the January kick-off for the previous year's data goes out once, on its day.
/// </summary>
public sealed class DisclosureRuleReminderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingReminderChannel channel = new();
    private readonly TempDatabase database = new();
    private BotServices bot = null!;

    private IServiceProvider Services => bot.Services;

    public async Task InitializeAsync() => bot = await BotServices.StartAsync(database, services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ReminderDeliveryLedger>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<IReminderChannel>(channel);
        services.AddSingleton<IReminderChannel>(new ForwardingChannel("slack", channel));
    }, new Dictionary<string, string?>
    {
        ["Reminders:Compliance:Channel"] = "slack",
        ["Reminders:Compliance:ConversationId"] = "C0COMPLIANCE",
    });

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        database.Dispose();
    }

    private Task<int> SweepAsync() => Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

    private async Task<string> SayAsync(string text)
    {
        var processor = Services.GetRequiredService<PartnershipBot.Turns.ITurnProcessor>();
        var turn = ReminderTurns.Click("unused", Guid.Empty, clock.GetUtcNow()) with { Action = null, Text = text };
        return string.Join("\n", (await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None)).OfType<TextReply>().Select(r => r.Text));
    }

    [Fact]
    public async Task GermanPatientOrganisation_RuleNotConfigured_GoesToComplianceWithoutADate()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow(), ReminderSeed.Grant().With("countries", "DE").With("payment_timing", "one_payment").With("payment_date", "2027-03-15"));

        var unconfigured = await ReminderSeed.ObligationAsync(Services, "disclosure:DE:unconfigured");
        Assert.Null(unconfigured.Due);
        Assert.Equal("Disclosure rule not configured for DE; check the local code", unconfigured.Title);
        await using (var db = await database.CreateContextAsync())
        {
            Assert.DoesNotContain(await db.Obligations.Select(o => o.Key).ToListAsync(), k => k.StartsWith("disclosure:GB", StringComparison.Ordinal));
        }

        Assert.True(await SweepAsync() >= 1);
        var toCompliance = Assert.Single(channel.Sent, s => s.To == "compliance:C0COMPLIANCE");
        var text = Assert.IsType<TextReply>(toCompliance.Replies[0]).Text;
        Assert.Contains("**Disclosure rule needed**: \"Disclosure rule not configured for DE; check the local code\" for \"Asthma school toolkit\" (owner Dana Owner)", text, StringComparison.Ordinal);
        Assert.Contains("Germany (DE)", text, StringComparison.Ordinal);
        Assert.Contains("No date was invented", text, StringComparison.Ordinal);
        Assert.DoesNotContain(channel.Sent, s => s.To == ReminderSeed.Owner && s.Replies[0] is TextReply t && t.Text.Contains("compliance team", StringComparison.Ordinal));

        // Sent once: the next sweep does not repeat it.
        await SweepAsync();
        Assert.Single(channel.Sent, s => s.To == "compliance:C0COMPLIANCE");

        var list = await SayAsync("reminders");
        Assert.Contains("no fixed date: Disclosure rule not configured for DE; check the local code", list, StringComparison.Ordinal);
        Assert.Contains("Compliance checks the local code for support given in 2027", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedAgreement_RecordedAsDoneWithWhoAndWhen_AndNeverReminded()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow(), ReminderSeed.Grant().With("agreement_status", "signed"));

        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("done", "Dana Owner", clock.GetUtcNow()), (agreement.Status, agreement.DoneBy, agreement.DoneAt));
        Assert.Empty(await ReminderSeed.RemindersAsync(Services, agreement.Id));
        await using (var db = await database.CreateContextAsync())
        {
            var history = await db.ObligationEvents.Where(e => e.ObligationId == agreement.Id).OrderBy(e => e.Id).Select(e => e.Action + " " + e.Detail).ToListAsync();
            Assert.Equal(["created 2027-02-22", "done recorded as met from the answers"], history);
        }

        foreach (var day in new[] { 22, 23 })
        {
            clock.SetUtcNow(new DateTimeOffset(2027, 2, day, 9, 0, 0, TimeSpan.Zero));
            await SweepAsync();
        }

        Assert.DoesNotContain(channel.Titles, t => t.Contains("Written agreement", StringComparison.Ordinal));
        var list = await SayAsync("reminders");
        Assert.DoesNotContain("22 Feb 2027: Written agreement", list, StringComparison.Ordinal);
        Assert.Contains("Written agreement signed before the start, marked done by Dana Owner on 4 Jan 2027", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningLater_CancelsTheAgreementReminders()
    {
        var id = await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Contains(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => r.Status == "scheduled");

        await using (var db = await database.CreateContextAsync())
        {
            await Services.GetRequiredService<ObligationSync>().SyncAsync(db, id, ReminderSeed.Grant().With("agreement_status", "signed"),
                new ReminderOwner(RecordingReminderChannel.Name, ReminderSeed.Owner, "Dana Owner", "Europe/London"), "Sam Signer", clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("done", "Sam Signer"), (agreement.Status, agreement.DoneBy));
        Assert.All(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => Assert.Equal("cancelled", r.Status));
    }

    [Fact]
    public async Task JanuaryKickoff_OneReminderOnTheDayForThePreviousYearsData()
    {
        await ReminderSeed.SubmitAsync(Services, clock.GetUtcNow());

        var kickoff = await ReminderSeed.ObligationAsync(Services, "data_kickoff:2027");
        Assert.Equal(new DateOnly(2028, 1, 15), kickoff.Due);
        var reminders = await ReminderSeed.RemindersAsync(Services, kickoff.Id);
        var lead = Assert.Single(reminders, r => r.Kind == "lead");
        Assert.Equal(new DateTimeOffset(2028, 1, 14, 9, 0, 0, TimeSpan.Zero), lead.SendAt); // Saturday 15th -> Friday 14th, 09:00 London

        clock.SetUtcNow(new DateTimeOffset(2028, 1, 14, 9, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        Assert.Contains("Reminder: Collect and check the 2027 support data for the disclosures", channel.Titles);
        var publish = await ReminderSeed.ObligationAsync(Services, "disclosure:GB:gb-patient-organisations:publish:2027");
        Assert.Equal(new DateOnly(2028, 6, 30), publish.Due);
        Assert.Equal(3, (await ReminderSeed.RemindersAsync(Services, publish.Id)).Count(r => r.Kind == "lead"));
    }
}
