using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Turns;

/// <summary>
/// A command that changes nothing (help, status) is answered from the state in memory without a write
/// (Speed:ReadOnlyFromMemory). Safe means: racing the same user's answers, no answer is lost and every reply
/// belongs to the state it was given in, never a mix; and a state another instance saved is not answered stale.
/// </summary>
public partial class ReadOnlyTurnsTests : IDisposable
{
    private static readonly string[] Answers = ["Asthma school toolkit", "Breathe Easy UK", "1", "1", "GB", "GB", "2027-05-01", "2028-04-30"];
    private readonly TempDatabase database;

    public ReadOnlyTurnsTests()
        : this(new TempDatabase())
    {
    }

    protected ReadOnlyTurnsTests(TempDatabase database) => this.database = database;

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Help_InTheInterview_IsAnsweredWithoutWritingTheState()
    {
        await using var bot = await BotServices.StartAsync(database);
        var processor = bot.Get<ITurnProcessor>();
        await processor.ProcessAsync(TestTurns.Message("new"), new RecordingSender(), CancellationToken.None);
        await processor.ProcessAsync(TestTurns.Message(Answers[0]), new RecordingSender(), CancellationToken.None);
        var before = await StateRowAsync(bot);
        var sender = new RecordingSender();

        await processor.ProcessAsync(TestTurns.Message("help"), sender, new TurnDelivery { Key = "console:help-1" }, CancellationToken.None);

        Assert.Contains(sender.Texts, t => t.StartsWith("**2.**", StringComparison.Ordinal));
        var after = await StateRowAsync(bot);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
    }

    [Fact]
    public async Task HelpAndStatus_RacingTheSameUsersAnswers_LoseNoAnswerAndReplyFromOneState()
    {
        await using var bot = await BotServices.StartAsync(database);
        var processor = bot.Get<ITurnProcessor>();
        var sender = new RecordingSender();
        await processor.ProcessAsync(TestTurns.Message("new"), sender, CancellationToken.None);

        // The answers in order (one user types them), and reading commands from another device at the same time.
        var answering = Task.Run(async () =>
        {
            foreach (var answer in Answers)
            {
                await processor.ProcessAsync(TestTurns.Message(answer), sender, CancellationToken.None);
            }
        });
        var reading = Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            processor.ProcessAsync(TestTurns.Message(i % 3 == 0 ? "status" : "help"), sender, CancellationToken.None))).ToList();
        await Task.WhenAll([answering, .. reading]);

        // Replies are sent inside the conversation's lock, so the batches are in the order the turns took effect:
        // each help names the question the previous batch asked.
        var asked = 0;
        foreach (var batch in sender.Batches)
        {
            var numbers = batch.Select(Said).Select(t => QuestionNumber().Match(t)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(numbers.Count > 0, "no question in: " + string.Join(" | ", batch.Select(Said)));
            Assert.True(numbers[^1] == asked || numbers[^1] == asked + 1, $"a reply asked question {numbers[^1]} right after question {asked}");
            asked = numbers[^1];
        }

        Assert.Equal(Answers.Length + 1, asked);
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var saved = await db.Answers.CountAsync();
        Assert.Equal(Answers.Length, saved);
    }

    [Fact]
    public async Task Help_AfterAnotherInstanceSavedTheConversation_AnswersFromTheSavedState()
    {
        await using var first = await BotServices.StartAsync(database);
        await using var second = await BotServices.StartAsync(database);
        await first.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("new"), new RecordingSender(), CancellationToken.None);
        await first.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message(Answers[0]), new RecordingSender(), CancellationToken.None);
        await second.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message(Answers[1]), new RecordingSender(), CancellationToken.None);
        var help = new RecordingSender();

        await first.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message("help"), help, CancellationToken.None);
        await first.Get<ITurnProcessor>().ProcessAsync(TestTurns.Message(Answers[2]), new RecordingSender(), CancellationToken.None);

        // The first instance's memory still says question 2; the database says 3. The help and the answer after
        // it follow the database, and all three answers are kept.
        Assert.Contains(help.Batches.SelectMany(b => b).Select(Said), t => t.StartsWith("**3.**", StringComparison.Ordinal));
        await using var db = await first.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(3, await db.Answers.CountAsync());
    }

    private static string Said(Reply reply) => reply switch
    {
        TextReply t => t.Text,
        ChoicesReply c => c.Prompt,
        DatePromptReply d => d.Prompt,
        _ => "",
    };

    private static async Task<ConversationStateRow> StateRowAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Set<ConversationStateRow>().AsNoTracking().SingleAsync();
    }

    [GeneratedRegex(@"^\*\*(\d+)\.\*\*", RegexOptions.Multiline)]
    private static partial Regex QuestionNumber();
}
