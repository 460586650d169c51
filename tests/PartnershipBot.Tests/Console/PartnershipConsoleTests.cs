using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Console;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Console;

/// <summary>The whole product in the terminal: review, change, submit, assessment, checklist ticks, quiz, resume.</summary>
public sealed class PartnershipConsoleTests : IDisposable
{
    private const string DomesticReview = UkGrantInterview.ConsoleAnswers + "\nchange 2\nBreathe Easy Scotland\nsubmit\nchecklist\ndone 2\nstatus\nquit";

    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Console_DomesticReview_SubmitsAssessesAndTicksThenResumesAfterRestart()
    {
        string transcript;
        await using (var bot = await BotServices.StartAsync(database))
        {
            using var output = new StringWriter();
            await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("dana", new StringReader(DomesticReview), output, interactive: false, CancellationToken.None);
            transcript = output.ToString();
        }

        Assert.Contains("2. Partner: Breathe Easy Scotland", transcript, StringComparison.Ordinal);
        Assert.Contains("Submitted \"Asthma school toolkit\"", transcript, StringComparison.Ordinal);
        Assert.Contains("It now waits for compliance review, but no reviewer is configured here: please contact the compliance team so someone reviews it.", transcript, StringComparison.Ordinal);
        foreach (var principle in new[] { "R1 Serve patients authentically", "R2 Recognise every expert", "R3 Listen, discuss and adapt", "R4 Be transparent" })
        {
            Assert.Contains(principle, transcript, StringComparison.Ordinal);
        }

        Assert.Contains("Future of Advocacy Partnerships Report", transcript, StringComparison.Ordinal);
        Assert.Contains("Ticked item 2", transcript, StringComparison.Ordinal);
        Assert.Contains("Next deadlines:", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", transcript, StringComparison.Ordinal);

        await using (var db = await database.CreateContextAsync())
        {
            var collaboration = await db.Collaborations.SingleAsync();
            Assert.Equal("Submitted", collaboration.Status);
            Assert.Equal("console:dana", collaboration.ConversationKey);
            Assert.Equal("Breathe Easy Scotland", (await db.Answers.SingleAsync(a => a.QuestionId == "partner")).ValuesJson.Trim('[', ']', '"'));
            var done = await db.ChecklistItems.SingleAsync(i => i.Done);
            Assert.Equal(1, done.Position);
            Assert.Equal("dana", done.DoneBy);
            Assert.Contains(await db.AuditEvents.Select(e => e.Action).ToListAsync(), a => a == "checklist.done");
        }

        await using (var restarted = await BotServices.StartAsync(database))
        {
            using var output = new StringWriter();
            await new ConsoleChat(restarted.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("dana", new StringReader("list\nquiz\n1\nquit\n"), output, interactive: false, CancellationToken.None);
            Assert.Contains("1. Asthma school toolkit (submitted, awaiting review, checklist 1/", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Question 1 of 5.", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Question 2 of 5.", output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Console_CancelMidReview_KeepsTheDraftForNextTime()
    {
        await using (var bot = await BotServices.StartAsync(database))
        {
            await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("eve", new StringReader("new\nClinic outreach\ncancel\nquit\n"), TextWriter.Null, interactive: false, CancellationToken.None);
        }

        await using var again = await BotServices.StartAsync(database);
        using var output = new StringWriter();
        await new ConsoleChat(again.Get<ITurnProcessor>(), TimeProvider.System).RunAsync("eve", new StringReader("new\nquit\n"), output, interactive: false, CancellationToken.None);

        Assert.Contains("Carrying on with your draft \"Clinic outreach\" (1 answer so far)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Which organisation are you partnering with?", output.ToString(), StringComparison.Ordinal);
    }
}
