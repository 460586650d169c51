using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// What the disclosure rules of issue 11 do to stored obligations and reminders, on a real SQLite database and a
/// fake clock: a country without a rule goes to compliance without a date, a signed agreement is done (who said so,
/// when) and never reminded, and the January kick-off for the previous year's data goes out once, on its day.
/// </summary>
public sealed class DisclosureRuleReminderTests : SweepHarness
{
    [Fact]
    public async Task FrenchPatientOrganisation_RuleNotConfigured_GoesToComplianceWithoutADate()
    {
        // France has no rule in the pack (Germany has had an unconfirmed FSA/AKG rule since issue 29).
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow(), ReminderSeed.Grant().With("countries", "FR").With("payment_timing", "one_payment").With("payment_date", "2027-03-15"));

        var unconfigured = await ReminderSeed.ObligationAsync(Services, "disclosure:FR:unconfigured");
        Assert.Null(unconfigured.Due);
        Assert.Equal("Disclosure rule not configured for FR; check the local code", unconfigured.Title);
        await using (var db = await Database.CreateContextAsync())
        {
            Assert.DoesNotContain(await db.Obligations.Select(o => o.Key).ToListAsync(), k => k.StartsWith("disclosure:GB", StringComparison.Ordinal));
        }

        Assert.True(await SweepAsync() >= 1);
        var toCompliance = Assert.Single(Channel.Sent, s => s.To == "compliance:C0COMPLIANCE");
        var text = Assert.IsType<TextReply>(toCompliance.Replies[0]).Text;
        Assert.Contains("**Disclosure rule needed**: \"Disclosure rule not configured for FR; check the local code\" for \"Asthma school toolkit\" (owner Dana Owner)", text, StringComparison.Ordinal);
        Assert.Contains("France (FR)", text, StringComparison.Ordinal);
        Assert.Contains("No date was invented", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Channel.Sent, s => s.To == ReminderSeed.Owner && s.Replies[0] is TextReply t && t.Text.Contains("compliance team", StringComparison.Ordinal));

        // Sent once: the next sweep does not repeat it.
        await SweepAsync();
        Assert.Single(Channel.Sent, s => s.To == "compliance:C0COMPLIANCE");

        var list = await SayAsync("reminders");
        Assert.Contains("no fixed date: Disclosure rule not configured for FR; check the local code", list, StringComparison.Ordinal);
        Assert.Contains("Compliance checks the local code for support given in 2027", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedAgreement_RecordedAsDoneWithWhoAndWhen_AndNeverReminded()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow(), ReminderSeed.Grant().With("agreement_status", "signed"));

        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("done", "Dana Owner", Clock.GetUtcNow()), (agreement.Status, agreement.DoneBy, agreement.DoneAt));
        Assert.Empty(await ReminderSeed.RemindersAsync(Services, agreement.Id));
        await using (var db = await Database.CreateContextAsync())
        {
            var history = await db.ObligationEvents.Where(e => e.ObligationId == agreement.Id).OrderBy(e => e.Id).Select(e => e.Action + " " + e.Detail).ToListAsync();
            Assert.Equal(["created 2027-02-22", "done recorded as met from the answers"], history);
        }

        foreach (var day in new[] { 22, 23 })
        {
            Clock.SetUtcNow(new DateTimeOffset(2027, 2, day, 9, 0, 0, TimeSpan.Zero));
            await SweepAsync();
        }

        Assert.DoesNotContain(Channel.Titles, t => t.Contains("Written agreement", StringComparison.Ordinal));
        var list = await SayAsync("reminders");
        Assert.DoesNotContain("22 Feb 2027: Written agreement", list, StringComparison.Ordinal);
        Assert.Contains("Written agreement signed before the start, marked done by Dana Owner on 4 Jan 2027", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningLater_CancelsTheAgreementReminders()
    {
        var id = await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());
        var agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Contains(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => r.Status == "scheduled");

        await using (var db = await Database.CreateContextAsync())
        {
            await Services.GetRequiredService<ObligationSync>().SyncAsync(db, id, ReminderSeed.Grant().With("agreement_status", "signed"),
                new ReminderOwner(RecordingReminderChannel.Name, ReminderSeed.Owner, "Dana Owner", "Europe/London"), "Sam Signer", Clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        agreement = await ReminderSeed.ObligationAsync(Services, "written_agreement");
        Assert.Equal(("done", "Sam Signer"), (agreement.Status, agreement.DoneBy));
        Assert.All(await ReminderSeed.RemindersAsync(Services, agreement.Id), r => Assert.Equal("cancelled", r.Status));
    }

    [Fact]
    public async Task JanuaryKickoff_OneReminderOnTheDayForThePreviousYearsData()
    {
        await ReminderSeed.SubmitAsync(Services, Clock.GetUtcNow());

        var kickoff = await ReminderSeed.ObligationAsync(Services, "data_kickoff:2027");
        Assert.Equal(new DateOnly(2028, 1, 15), kickoff.Due);
        var reminders = await ReminderSeed.RemindersAsync(Services, kickoff.Id);
        var lead = Assert.Single(reminders, r => r.Kind == "lead");
        Assert.Equal(new DateTimeOffset(2028, 1, 14, 9, 0, 0, TimeSpan.Zero), lead.SendAt); // Saturday 15th -> Friday 14th, 09:00 London

        Clock.SetUtcNow(new DateTimeOffset(2028, 1, 14, 9, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        Assert.Contains("Reminder: Collect and check the 2027 support data for the disclosures", Channel.Titles);
        var publish = await ReminderSeed.ObligationAsync(Services, "disclosure:GB:gb-patient-organisations:publish:2027");
        Assert.Equal(new DateOnly(2028, 6, 30), publish.Due);
        Assert.Equal(3, (await ReminderSeed.RemindersAsync(Services, publish.Id)).Count(r => r.Kind == "lead"));
    }
}
