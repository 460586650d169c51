using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>Reminders through the Slack Web API on loopback: conversations.open + chat.postMessage, and refusals.</summary>
public sealed class SlackReminderDeliveryTests : IAsyncLifetime
{
    // What SlackTurnHandler.UserKey stores for a Slack owner.
    private const string SlackOwner = $"{SlackBotFactory.Team}:{SlackBotFactory.User}";

    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task DueReminder_IsPostedToTheOwnersDmWithItsButtons()
    {
        await using var bot = new SlackBotFactory(slack, settings: SweptByTheTest);
        await SubmitWithDueAgreementReminderAsync(bot);

        await SweepAsync(bot);

        var open = await slack.WaitForApiAsync("conversations.open");
        Assert.Equal(SlackBotFactory.User, open["users"]);
        var post = await slack.WaitForApiAsync("chat.postMessage", c => c["text"]?.Contains("Written agreement", StringComparison.Ordinal) == true);
        Assert.Equal(FakeSlackApi.DmChannel, post["channel"]);
        foreach (var button in new[] { "Done", "Snooze 1 day", "Snooze 1 week", "Open checklist" })
        {
            Assert.Contains($"\"text\":\"{button}\"", post.Body.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UserGone_MarksTheReminderUndeliverable()
    {
        await using var bot = new SlackBotFactory(slack, settings: SweptByTheTest);
        await SubmitWithDueAgreementReminderAsync(bot);
        slack.Errors["conversations.open"] = "account_inactive";

        await SweepAsync(bot);

        await using var db = await bot.Database.CreateContextAsync();
        var obligation = await db.Obligations.SingleAsync(o => o.Key == "written_agreement");
        var sent = await db.Reminders.Where(r => r.ObligationId == obligation.Id && r.Status != "scheduled").ToListAsync();
        Assert.Contains(sent, r => r.Status == "undeliverable" && r.LastError == "Slack answered account_inactive");
    }

    [Fact]
    public async Task Repair_RemindersMarkedUserNotFound_AreScheduledAgainOnceAndThenDelivered()
    {
        await using var bot = new SlackBotFactory(slack, settings: SweptByTheTest);
        await SubmitWithDueAgreementReminderAsync(bot);
        var stuck = await MarkUndeliverableAsLegacyVersionsDidAsync(bot, "written_agreement");
        var repair = bot.Services.GetRequiredService<PartnershipBot.Channels.Slack.SlackReminderRepair>();

        await repair.RepairAsync(CancellationToken.None);
        var again = await repair.RepairAsync(CancellationToken.None);
        await SweepAsync(bot);

        Assert.Equal(0, again);
        Assert.Equal(SlackBotFactory.User, (await slack.WaitForApiAsync("conversations.open"))["users"]);
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Equal("sent", (await db.Reminders.SingleAsync(r => r.Id == stuck)).Status);
    }

    [Fact]
    public async Task Repair_OtherUndeliverableReminders_AreLeftAlone()
    {
        await using var bot = new SlackBotFactory(slack, settings: SweptByTheTest);
        await SubmitWithDueAgreementReminderAsync(bot);
        slack.Errors["conversations.open"] = "account_inactive";
        await SweepAsync(bot);

        var repaired = await bot.Services.GetRequiredService<PartnershipBot.Channels.Slack.SlackReminderRepair>().RepairAsync(CancellationToken.None);

        Assert.Equal(0, repaired);
    }

    // The state an earlier version left behind: the send was claimed, Slack said user_not_found, the row was closed.
    private static async Task<Guid> MarkUndeliverableAsLegacyVersionsDidAsync(SlackBotFactory bot, string key)
    {
        await using var db = await bot.Database.CreateContextAsync();
        var obligation = await db.Obligations.SingleAsync(o => o.Key == key);
        var reminder = await db.Reminders.Where(r => r.ObligationId == obligation.Id).OrderBy(r => r.SendAt).FirstAsync();
        reminder.Status = "undeliverable";
        reminder.LastError = "Slack answered user_not_found";
        reminder.Attempts = 1;
        db.ReminderDeliveries.Add(new PartnershipBot.Reminders.ReminderDeliveryRow
        {
            Key = reminder.Key, ReminderId = reminder.Id, StartedAt = DateTimeOffset.UtcNow.AddHours(-1), LeaseUntil = DateTimeOffset.UtcNow.AddHours(-1),
            Attempts = 1, CompletedAt = DateTimeOffset.UtcNow.AddHours(-1), Outcome = "undeliverable",
        });
        await db.SaveChangesAsync();
        return reminder.Id;
    }

    // The tests sweep themselves: Quartz's own sweep right after start would race them for the due reminder
    // (under load it ran after the test had set the reminder due, and claimed it first).
    private static readonly Dictionary<string, string?> SweptByTheTest = new() { ["Reminders:Enabled"] = "false" };

    // A Slack owner's submitted grant whose first written-agreement reminder is due now.
    private static async Task SubmitWithDueAgreementReminderAsync(SlackBotFactory bot)
    {
        await ReminderSeed.SubmitAsync(bot.Services, DateTimeOffset.UtcNow, ReminderSeed.Grant(start: "2030-03-04"), channel: "slack", owner: SlackOwner);
        await DueAsync(bot, "written_agreement");
    }

    private static Task<int> SweepAsync(SlackBotFactory bot) =>
        bot.Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

    private static async Task DueAsync(SlackBotFactory bot, string key)
    {
        await using var db = await bot.Database.CreateContextAsync();
        var obligation = await db.Obligations.SingleAsync(o => o.Key == key);
        var first = await db.Reminders.Where(r => r.ObligationId == obligation.Id).OrderBy(r => r.SendAt).FirstAsync();
        first.SendAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await db.SaveChangesAsync();
    }
}
