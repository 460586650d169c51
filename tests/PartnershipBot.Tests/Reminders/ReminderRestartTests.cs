using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// The real host with Quartz on its persistent store: a reminder that fell due while the bot was down arrives
/// once after start (the start-up sweep), and not again after another restart on the same database.
/// </summary>
public class ReminderRestartTests
{
    private readonly Func<TempDatabase> newDatabase;

    public ReminderRestartTests()
        : this(() => new TempDatabase())
    {
    }

    /// <summary>The same test on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected ReminderRestartTests(Func<TempDatabase> newDatabase) => this.newDatabase = newDatabase;

    [Fact]
    public async Task ReminderDueWhileDown_ArrivesOnceAfterStart_AndNotAgainAfterRestart()
    {
        using var database = newDatabase();
        var channel = new RecordingReminderChannel();
        BotFactory Host() => new(database: database, services: s => s.AddSingleton<IReminderChannel>(channel));

        // First run: the schema (ours and Quartz's) is created; nothing is due.
        Guid collaboration;
        await using (var first = Host())
        {
            _ = first.Services;
            collaboration = await ReminderSeed.SubmitAsync(first.Services, DateTimeOffset.UtcNow.AddYears(-1), ReminderSeed.Grant(start: "2030-03-04", end: "2030-12-31"));
        }

        // While the bot is down, the agreement's lead reminders fall due.
        await MakeDueAsync(database, "written_agreement");

        await using (var second = Host())
        {
            _ = second.Services;
            await WaitUntilAsync(() => channel.Sent.Count >= 1);
        }

        Assert.Equal(["Reminder: Written agreement signed before the start"], channel.Titles);

        // Third run: a probe reminder shows the start-up sweep ran; the first one did not come again.
        await MakeDueAsync(database, "acknowledgement");
        await using (var third = Host())
        {
            _ = third.Services;
            await WaitUntilAsync(() => channel.Sent.Count >= 2);
            await Task.Delay(200);
        }

        Assert.Equal(["Reminder: Support acknowledged in materials from the start", "Reminder: Written agreement signed before the start"], channel.Titles.Order());
        await using var db = await database.CreateContextAsync();
        Assert.Equal(2, await db.ReminderDeliveries.CountAsync(d => d.Outcome == "sent"));
        Assert.True(await db.Collaborations.AnyAsync(c => c.Id == collaboration));
    }

    private static async Task MakeDueAsync(TempDatabase database, string obligationKey)
    {
        await using var db = await database.CreateContextAsync();
        var obligation = await db.Obligations.SingleAsync(o => o.Key == obligationKey);
        foreach (var reminder in await db.Reminders.Where(r => r.ObligationId == obligation.Id && r.Kind == "lead").ToListAsync())
        {
            reminder.SendAt = DateTimeOffset.UtcNow.AddHours(-1);
        }

        await db.SaveChangesAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
