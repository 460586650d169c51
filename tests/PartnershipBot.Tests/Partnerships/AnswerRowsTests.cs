using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Partnerships;

/// <summary>
/// A draft saved after an answer is written as the rows that changed, by plain SQL (Speed:AnswerRows), and must
/// leave exactly what the EF path leaves: the same collaboration, answer rows and audit trail, the same refusals.
/// </summary>
public class AnswerRowsTests : IDisposable
{
    private static readonly Guid Draft = Guid.Parse("5d0c1b8e-7f3a-4c55-9e21-0a6b2c4d8e10");
    private readonly TempDatabase plainSql;
    private readonly TempDatabase throughEf;

    public AnswerRowsTests()
        : this(new TempDatabase(), new TempDatabase())
    {
    }

    /// <summary>The same tests on other databases (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected AnswerRowsTests(TempDatabase plainSql, TempDatabase throughEf)
    {
        this.plainSql = plainSql;
        this.throughEf = throughEf;
    }

    public void Dispose()
    {
        plainSql.Dispose();
        throughEf.Dispose();
        GC.SuppressFinalize(this);
    }

    // Each turn's text names the draft it saves: the answers as the interview would have them after it.
    private static readonly Dictionary<string, (string User, Answers Answers)> Saves = new(StringComparer.Ordinal)
    {
        ["first"] = ("alice", Answers.Empty.With("title", "Asthma toolkit")),
        ["second"] = ("alice", Answers.Empty.With("title", "Asthma toolkit").With("scope", "international").With("countries", ["FR", "DE"])),
        ["same again"] = ("alice", Answers.Empty.With("title", "Asthma toolkit").With("scope", "international").With("countries", ["FR", "DE"])),
        ["scope changed"] = ("alice", Answers.Empty.With("title", "Asthma school toolkit").With("scope", "domestic")),
        ["bob's forgery"] = ("bob", Answers.Empty.With("title", "Taken over")),
        ["after closing"] = ("alice", Answers.Empty.With("title", "Reopened")),
    };

    [Fact]
    public async Task DraftSaves_ByPlainSql_LeaveWhatTheEfPathLeaves()
    {
        var fast = await PlayAsync(plainSql, answerRows: true);
        var slow = await PlayAsync(throughEf, answerRows: false);

        Assert.Equal(slow, fast);
        Assert.Equal(
            """
            Asthma school toolkit | Draft | console:alice | Alice
            scope = ["domestic"] by Alice
            title = ["Asthma school toolkit"] by Alice
            created
            answers.changed: title
            answers.changed: countries,scope
            answers.changed: scope,title,countries
            """.ReplaceLineEndings("\n"),
            fast.Before);
        Assert.Contains("Closed", fast.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Reopened", fast.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Taken over", fast.After, StringComparison.Ordinal);
    }

    private sealed record Outcome(string Before, string After);

    private static async Task<Outcome> PlayAsync(TempDatabase database, bool answerRows)
    {
        await using var bot = await BotServices.StartAsync(
            database,
            s => s.AddSingleton<ITurnRunner>(sp => new EffectingRunner(new DialogTurnRunner(sp.GetRequiredService<DialogRunner>()), turn =>
                Saves.TryGetValue(turn.Text ?? "", out var save)
                    ? [new SaveCollaboration(Draft, save.Answers.Get("title")!, CollaborationStatus.Draft, save.Answers, null, turn.User.DisplayName!, turn.Timestamp)]
                    : [])),
            new Dictionary<string, string?> { ["Speed:AnswerRows"] = answerRows ? "true" : "false" });
        var processor = bot.Get<ITurnProcessor>();
        foreach (var text in (string[])["first", "second", "same again", "scope changed", "bob's forgery"])
        {
            var user = Saves[text].User;
            await processor.ProcessAsync(TestTurns.Message(text, user: user, displayName: user == "alice" ? "Alice" : "Bob"), new RecordingSender(), CancellationToken.None);
        }

        var before = await DescribeAsync(bot);
        await using (var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync())
        {
            var row = await db.Collaborations.SingleAsync();
            row.Status = CollaborationStatus.Closed;
            await db.SaveChangesAsync();
        }

        await processor.ProcessAsync(TestTurns.Message("after closing", displayName: "Alice"), new RecordingSender(), CancellationToken.None);
        return new Outcome(before, await DescribeAsync(bot));
    }

    private static async Task<string> DescribeAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var row = await db.Collaborations.SingleAsync(c => c.Id == Draft);
        var answers = await db.Answers.Where(a => a.CollaborationId == Draft).OrderBy(a => a.QuestionId).ToListAsync();
        var audit = await db.AuditEvents.Where(a => a.CollaborationId == Draft).OrderBy(a => a.Id).ToListAsync();
        return string.Join("\n",
        [
            $"{row.Title} | {row.Status} | {row.ConversationKey} | {row.CreatedByName}",
            .. answers.Select(a => $"{a.QuestionId} = {a.ValuesJson} by {a.AnsweredBy}"),
            .. audit.Select(a => a.Action + (a.Detail is null ? "" : ": " + a.Detail)),
        ]);
    }
}
