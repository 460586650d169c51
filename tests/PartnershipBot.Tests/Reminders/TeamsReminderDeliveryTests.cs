using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Teams;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>
/// The whole path in Teams: a review submitted in the chat stores its obligations and reminders; a due reminder
/// is sent proactively to the loopback Bot Connector (through a 429); its Done button closes the obligation.
/// </summary>
public sealed class TeamsReminderDeliveryTests : IAsyncLifetime
{
    private const string ReviewerOid = "0b7c9a43-2f11-4b59-9d7e-8a1f6f0e3a01";
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task SubmittedInTeams_DueReminderArrivesInTheChat_DoneClosesIt()
    {
        await using var bot = new TeamsBotFactory(fake)
        {
            Settings = new Dictionary<string, string?>
            {
                ["Approvals:Reviewers:0:Name"] = "Ada Reviewer",
                ["Approvals:Reviewers:0:TeamsAadObjectId"] = ReviewerOid,
                ["Approvals:Post:Direct"] = "true",
                ["Approvals:Post:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
                ["Approvals:SenderEnabled"] = "false",
            },
        };
        var chat = new TeamsChat(bot, fake);
        await chat.InstallAsync();
        await SubmitGrantAsync(chat);

        Guid agreementId;
        await using (var db = await bot.Database.CreateContextAsync())
        {
            var agreement = await db.Obligations.SingleAsync(o => o.Key == "written_agreement");
            // The grant is paid on 15 Mar 2027, so the agreement is due a week before the payment (issue 29).
            Assert.Equal((new DateOnly(2027, 3, 8), "msteams"), (agreement.Due, agreement.OwnerChannel));
            agreementId = agreement.Id;

            // Time passes: the 30-day lead reminder falls due.
            var first = await db.Reminders.Where(r => r.ObligationId == agreement.Id).OrderBy(r => r.SendAt).FirstAsync();
            first.SendAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        fake.FailNext(429, "1");
        var arrived = fake.WaitForAsync(r => r.Path.EndsWith("/activities", StringComparison.Ordinal) && r.Body.Contains("Reminder: Written agreement", StringComparison.Ordinal));
        await bot.Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);
        var reminder = (await arrived.WaitAsync(TimeSpan.FromSeconds(20))).Json;

        Assert.Equal("/v3/conversations/a:1created-personal-conversation/activities", fake.ConnectorRequests.Last(r => r.Body.Contains("Reminder: Written", StringComparison.Ordinal)).Path);
        Assert.Single(fake.ConnectorRequests, r => r.Body.Contains("Reminder: Written agreement", StringComparison.Ordinal));
        chat.Sent();
        reminder["_id"] = "reminder-activity";

        // The agreement is signed only after compliance approved the collaboration: Done waits for the approval.
        var early = await chat.ClickAsync(reminder, "Done");
        Assert.Contains("cannot be marked done yet: the collaboration is awaiting review", (string?)early.Single()["text"], StringComparison.Ordinal);
        Guid collaborationId;
        await using (var db = await bot.Database.CreateContextAsync())
        {
            collaborationId = (await db.Collaborations.SingleAsync()).Id;
        }

        var approval = await bot.Services.GetRequiredService<ApprovalService>().DecideAsync(
            collaborationId, 1, ApprovalDecision.Approve, new ApprovalActor("msteams:29:ada", "Ada Reviewer", EntraObjectId: ReviewerOid), null, CancellationToken.None);
        Assert.True(approval.IsDecided);

        var answer = await chat.ClickAsync(reminder, "Done");

        Assert.Contains("Marked done: \"Written agreement signed before the support is paid or given\"", (string?)answer.Single()["text"], StringComparison.Ordinal);
        await using var after = await bot.Database.CreateContextAsync();
        var done = await after.Obligations.SingleAsync(o => o.Id == agreementId);
        Assert.Equal("done", done.Status);
        Assert.DoesNotContain(await after.Reminders.Where(r => r.ObligationId == agreementId).Select(r => r.Status).ToListAsync(), s => s == "scheduled");
    }

    /// <summary>The grant review of the Teams transcript test, answered by typing and clicking.</summary>
    internal static async Task SubmitGrantAsync(TeamsChat chat)
    {
        await chat.SayAsync("new");
        await chat.SayAsync("Asthma school toolkit");
        var partnerType = (await chat.SayAsync("Breathe Easy UK")).Single();
        var scope = (await chat.ClickAsync(partnerType, "Submit", new() { [CardIds.Answer] = "patient_org" })).Single();
        await chat.ClickAsync(scope, "Domestic");
        await chat.SayAsync("GB");
        var start = (await chat.SayAsync("GB")).Single();
        var end = await chat.ClickAsync(start, "Submit", new() { [CardIds.Answer] = "2027-05-01" });
        await chat.ClickAsync(end[^1], "Submit", new() { [CardIds.Answer] = "2028-04-30" });
        string[] answers = [.. UkGrantInterview.AfterEndDate, "submit"];
        foreach (var answer in answers)
        {
            await chat.SayAsync(answer);
        }
    }
}
