using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Partnerships;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Safety;

/// <summary>
/// A side effect typed to the bot, as an answer and out of the blue: the user is told at once and keeps their
/// place, the answer is stored exactly as without the check, and the report is recorded with the turn and then
/// delivered once to pharmacovigilance (here by email through a tiny SMTP server), or escalated.
/// </summary>
public sealed class SafetyTurnTests : IDisposable
{
    private const string SideEffect = "Patients told us the new tablets gave them severe rashes <!channel> *bold*";
    private readonly TempDatabase withCheck = new();
    private readonly TempDatabase withoutCheck = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero));

    public void Dispose()
    {
        withCheck.Dispose();
        withoutCheck.Dispose();
    }

    [Fact]
    public async Task SideEffectAsAnAnswer_NoticeFirst_AnswerStoredAsWithoutTheCheck_ReportRecorded()
    {
        await using var bot = await BotServices.StartAsync(withCheck, settings: Settings(port: 25));
        await using var plain = await BotServices.StartAsync(withoutCheck, s => s.RemoveAll<ITurnCheck>());

        // Transcript: new -> title -> the partner question answered with a side effect.
        var with = await TalkAsync(bot, "new", "Awareness week 2027", SideEffect);
        var without = await TalkAsync(plain, "new", "Awareness week 2027", SideEffect);

        var notice = Assert.IsType<TextReply>(with[^1][0]).Text;
        Assert.StartsWith("**This may be safety information** (suspected side effect).", notice, StringComparison.Ordinal);
        Assert.Matches(@"passed to Pharmacovigilance, pv@example\.com with reference \*\*PV-20261207-[2-9A-Z]{6}\*\*", notice);
        Assert.Contains("Safety information must reach them within one working day.", notice, StringComparison.Ordinal);
        Assert.Contains("type **safety note** and your words; the report still goes.", notice, StringComparison.Ordinal);

        // The user keeps their place: after the notice come exactly the replies they get without the check.
        Assert.Equal(Shape(without[^1]), Shape(with[^1].Skip(1).ToList()));
        Assert.Equal(await AnswersAsync(plain), await AnswersAsync(bot));

        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var report = await db.SafetyReports.SingleAsync();
        var collaboration = await db.Collaborations.SingleAsync();
        Assert.Equal(SideEffect, report.Text);
        Assert.Equal("side_effect", report.Kinds);
        Assert.Contains("'rashes' (rash*)", report.Matched, StringComparison.Ordinal);
        Assert.Equal(("console", "alice", "Alice"), (report.UserChannel, report.UserId, report.UserName));
        Assert.Equal(collaboration.Id, report.CollaborationId);
        Assert.Equal("partner", report.QuestionId);
        Assert.Equal(SafetyReportStatus.Pending, report.Status);
        Assert.Contains(report.Reference, notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SideEffectOutOfTheBlue_IsReported_AndAnOrdinaryMessageIsNot()
    {
        await using var bot = await BotServices.StartAsync(withCheck, settings: Settings(port: 25));

        var replies = await TalkAsync(bot, "the campaign went well, no side effects were reported", "my mum overdosed on her pills last week");

        Assert.DoesNotContain(replies[0], r => r is TextReply t && t.Text.Contains("safety information", StringComparison.Ordinal));
        Assert.StartsWith("**This may be safety information** (overdose)", Assert.IsType<TextReply>(replies[1][0]).Text, StringComparison.Ordinal);
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var report = await db.SafetyReports.SingleAsync();
        Assert.Equal("my mum overdosed on her pills last week", report.Text);
        Assert.Null(report.QuestionId);
    }

    [Fact]
    public async Task Sender_DeliversByEmail_Once_WithTheExactText()
    {
        await using var smtp = new TinySmtpServer();
        await using var bot = await BotServices.StartAsync(withCheck, s => s.AddSingleton<TimeProvider>(clock), Settings(smtp.Port));
        await TalkAsync(bot, SideEffect);
        var sender = bot.Get<SafetyReportSender>();

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        var mail = Assert.Single(smtp.Messages);
        var report = await SingleReportAsync(bot);
        Assert.Contains($"Subject: Safety information {report.Reference}", mail, StringComparison.Ordinal);
        Assert.Contains(SideEffect, mail, StringComparison.Ordinal);
        Assert.Contains("Reported by: Alice (console:alice)", mail, StringComparison.Ordinal);
        Assert.Contains("Received (UTC): 2026-12-07 09:30:00", mail, StringComparison.Ordinal);
        Assert.Equal(SafetyReportStatus.Delivered, report.Status);
        Assert.Equal(clock.GetUtcNow(), report.DeliveredAt);
        Assert.Equal("email:pv@example.com", report.DeliveredTo);
        Assert.Equal(1, report.Attempts);
    }

    [Fact]
    public async Task Sender_CrashedAfterClaiming_DeliversOnceWhenTheLeaseRunsOut()
    {
        await using var smtp = new TinySmtpServer();
        await using var bot = await BotServices.StartAsync(withCheck, s => s.AddSingleton<TimeProvider>(clock), Settings(smtp.Port));
        await TalkAsync(bot, SideEffect);

        // What a sender killed between its claim and its send leaves behind: a lease, no delivery.
        await using (var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync())
        {
            var lease = clock.GetUtcNow().AddMinutes(2);
            await db.SafetyReports.ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, lease).SetProperty(r => r.Attempts, 1));
        }

        var sender = bot.Get<SafetyReportSender>();
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        Assert.Single(smtp.Messages);
        Assert.Equal(2, (await SingleReportAsync(bot)).Attempts);
    }

    [Fact]
    public async Task Sender_RelayDown_RetriesWithBackoff_ThenMarksUndeliverableWithoutACompliance()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var bot = await BotServices.StartAsync(withCheck, s => s.AddSingleton<TimeProvider>(clock), Settings(closedPort, ("Safety:MaxAttempts", "3")));
        await TalkAsync(bot, SideEffect);
        var sender = bot.Get<SafetyReportSender>();

        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        var first = await SingleReportAsync(bot);
        Assert.Equal((SafetyReportStatus.Pending, 1), (first.Status, first.Attempts));
        Assert.Equal(clock.GetUtcNow().AddSeconds(30), first.NextAttemptAt);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(1, (await SingleReportAsync(bot)).Attempts);

        clock.Advance(TimeSpan.FromSeconds(30));
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(clock.GetUtcNow().AddSeconds(60), (await SingleReportAsync(bot)).NextAttemptAt);
        clock.Advance(TimeSpan.FromSeconds(60));
        await sender.SendDueAsync(CancellationToken.None);

        var last = await SingleReportAsync(bot);
        Assert.Equal((SafetyReportStatus.Undeliverable, 3), (last.Status, last.Attempts));
        Assert.Contains("no compliance contact is configured", last.LastError, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 10014);
    }

    [Fact]
    public async Task ThatWasNotASideEffect_AddsANoteToTheReport_TheReportStillGoes_AndTheQuestionIsAskedAgain()
    {
        await using var bot = await BotServices.StartAsync(withCheck, settings: Settings(port: 25));

        var replies = await TalkAsync(bot, "new", "Awareness week 2027", SideEffect, "That was not a side effect.");

        var report = (await ReportsAsync(bot)).Single(r => r.NoteOf is null);
        var said = Assert.IsType<TextReply>(replies[^1][0]).Text;
        Assert.Equal($"Thank you: your note is added to **{report.Reference}** and goes to pharmacovigilance with it. The report itself still goes; pharmacovigilance decides whether it is safety information.", said);
        Assert.Equal("Back to the question:", Assert.IsType<TextReply>(replies[^1][1]).Text);
        Assert.Equal(Shape(replies[^2].Skip(1).ToList())[^1], Shape(replies[^1])[^1]);

        var note = (await ReportsAsync(bot)).Single(r => r.NoteOf is not null);
        Assert.Equal((report.Reference, "That was not a side effect", "note"), (note.NoteOf, note.Text, note.Kinds));
        Assert.Equal((SafetyReportStatus.Pending, SafetyReportStatus.Pending), (report.Status, note.Status));
        Assert.Equal(report.CollaborationId, note.CollaborationId);
        Assert.DoesNotContain(await AnswersAsync(bot), a => a.Contains("side effect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SafetyNote_AtAFreeTextQuestion_IsNeverTakenAsTheAnswer_EvenWithoutAReport()
    {
        await using var bot = await BotServices.StartAsync(withCheck, settings: Settings(port: 25));

        var replies = await TalkAsync(bot, "new", "safety note it was nothing after all");

        Assert.Equal("You have no safety report to add a note to. If something happened that may be a side effect, just tell me what happened.", Assert.IsType<TextReply>(replies[1][0]).Text);
        Assert.Equal(Shape(replies[0])[^1], Shape(replies[1])[^1]);
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.SafetyReports.ToListAsync());
        Assert.Empty(await db.Answers.ToListAsync());
    }

    [Fact]
    public async Task SafetyNoteWithMoreDetail_IsOneNote_NotASecondReport_AndGoesByEmailAfterTheReport()
    {
        await using var smtp = new TinySmtpServer();
        await using var bot = await BotServices.StartAsync(withCheck, s => s.AddSingleton<TimeProvider>(clock), Settings(smtp.Port));
        await TalkAsync(bot, SideEffect);
        var sender = bot.Get<SafetyReportSender>();
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        var report = await SingleReportAsync(bot);

        await TalkAsync(bot, $"safety note {report.Reference.ToLowerInvariant()}: one of them was hospitalised <b>overnight</b>");

        var note = (await ReportsAsync(bot)).Single(r => r.NoteOf is not null);
        Assert.Equal(("one of them was hospitalised <b>overnight</b>", report.Reference), (note.Text, note.NoteOf));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Contains($"Subject: Note {note.Reference} on safety information {report.Reference}", smtp.Messages.ToArray()[1], StringComparison.Ordinal);
        Assert.Contains("one of them was hospitalised <b>overnight</b>", smtp.Messages.ToArray()[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafetyNote_NamingAnotherUsersReport_IsRefused_AndStoresNothing()
    {
        await using var bot = await BotServices.StartAsync(withCheck, settings: Settings(port: 25));
        await TalkAsync(bot, SideEffect);
        var alices = await SingleReportAsync(bot);

        var turn = TestTurns.Message($"safety note {alices.Reference} it was nothing", user: "bob", displayName: "Bob");
        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None);

        Assert.Equal($"I can't find a safety report **{alices.Reference}** of yours. Type **safety note** and your note to add it to your latest one.", Assert.IsType<TextReply>(replies[^1]).Text);
        Assert.Single(await ReportsAsync(bot));
    }

    private static Dictionary<string, string?> Settings(int port, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Safety:Contact:Channel"] = "email",
            ["Safety:Contact:Address"] = "pv@example.com",
            ["Safety:Contact:Name"] = "Pharmacovigilance, pv@example.com",
            ["Safety:ReportingDeadline"] = "within one working day",
            ["Safety:Smtp:Host"] = "127.0.0.1",
            ["Safety:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Safety:Smtp:Security"] = "None",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<List<IReadOnlyList<Reply>>> TalkAsync(BotServices bot, params string[] messages)
    {
        var all = new List<IReadOnlyList<Reply>>();
        foreach (var text in messages)
        {
            var turn = TestTurns.Message(text, displayName: "Alice") with { Timestamp = new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero) };
            all.Add(await bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None));
        }

        return all;
    }

    /// <summary>A reply without its random prompt token: what the user sees.</summary>
    private static List<string> Shape(IReadOnlyList<Reply> replies) => [.. replies.Select(r => r switch
    {
        TextReply t => $"text:{t.Text}",
        ChoicesReply c => $"choices:{c.Prompt}:{string.Join("|", c.Choices.Select(x => x.Value))}",
        _ => r.GetType().Name,
    })];

    private static async Task<List<string>> AnswersAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return [.. (await db.Answers.ToListAsync()).OrderBy(a => a.QuestionId, StringComparer.Ordinal).Select(a => $"{a.QuestionId}={a.ValuesJson}")];
    }

    private static async Task<List<SafetyReportRow>> ReportsAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.SafetyReports.AsNoTracking().ToListAsync();
    }

    private static async Task<SafetyReportRow> SingleReportAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.SafetyReports.AsNoTracking().SingleAsync();
    }
}
