using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Reminders;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The real dialogs and database behind Slack: `/partnership new` opens the DM, the review runs there with
/// buttons and typed answers, and ticking a checkbox on the checklist updates that message in place.
/// </summary>
public sealed class SlackReviewTranscriptTests : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        // A whole review posts dozens of messages; Slack's one-per-second pacing would only slow the test down.
        _bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?> { ["Slack:ChannelMessageInterval"] = "00:00:00.010" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Review_FromSlashCommandToCheckboxTick_RunsInTheDm()
    {
        using (var ack = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("new", _slack.ResponseUrl("r-new"))))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await AnswerTheReviewAndSubmitAsync();
        var checklist = await PostedAsync("Checklist: Asthma school toolkit");
        var group = checklist.Body["blocks"]!.AsArray().First(b => b!["elements"]?[0]?["type"]?.GetValue<string>() == "checkboxes")!;
        var box = group["elements"]![0]!;
        await ClickAsync(new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = box["action_id"]!.GetValue<string>(),
            ["block_id"] = group["block_id"]!.GetValue<string>(),
            ["selected_options"] = new JsonArray(box["options"]![0]!.DeepClone()),
            ["action_ts"] = "1700000009.000",
        });

        var update = await _slack.WaitForApiAsync("chat.update", c => (c["text"] ?? "").StartsWith("Checklist", StringComparison.Ordinal));
        Assert.Contains("1/", update["text"] ?? update.Body.ToJsonString(), StringComparison.Ordinal);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("Submitted", (await db.Collaborations.SingleAsync()).Status);
        Assert.Equal(1, await db.ChecklistItems.CountAsync(i => i.Done));
        Assert.Equal($"slack:{SlackBotFactory.Team}:{FakeSlackApi.DmChannel}", (await db.Collaborations.SingleAsync()).ConversationKey);
    }

    [Fact]
    public async Task Reminder_AfterAReviewSubmittedInTheDm_OpensTheDmWithTheSlackUserId()
    {
        await SayAsync("new");
        await AnswerTheReviewAndSubmitAsync();
        await PostedAsync("Checklist: Asthma school toolkit");
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            var first = await db.Reminders.OrderBy(r => r.SendAt).FirstAsync();
            first.SendAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        await _bot.Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

        var open = await _slack.WaitForApiAsync("conversations.open");
        Assert.Equal(SlackBotFactory.User, open["users"]);
        await _slack.WaitForApiAsync("chat.postMessage", c => (c["text"] ?? "").Contains("Reminder", StringComparison.Ordinal) && c["channel"] == FakeSlackApi.DmChannel);
        await using var after = await _bot.Database.CreateContextAsync();
        Assert.Contains(await after.Reminders.Select(r => r.Status).ToListAsync(), s => s == "sent");
    }

    /// <summary>
    /// Issue 11's multi-country review in the DM, as issue 29 corrected it: a UK organisation in a GB, NO and US
    /// project gets the UK list once (disclosure follows the recipient's country, LMI 26.3; ABPI: UK recipients), and
    /// a grant paid before the start is disclosed for the year it was paid, with the agreement due before it.
    /// </summary>
    [Fact]
    public async Task MultiCountryGbNoUs_UkPartnerGrantPaidBeforeTheStart_TheUkListOnce()
    {
        await StartReviewAsync("Nordic-Atlantic asthma toolkit", "Asthma Alliance", "patient organisation");

        var scope = await PostedAsync("Is the work domestic or international?");
        await ClickAsync(SlackPayloads.Button(scope, "International"));
        await PostedAsync("Which countries does the collaboration cover?");
        foreach (var answer in new[] { "GB, Norway, USA", "UK", "2028-02-01", "2028-12-31", "yes", "grant", "25000", "GBP", "one payment", "2027-12-15", "overseas",
            "Patients get answers in their own words", "yes", "patient experts", "fair-market-value payment", "A steering group with patients", "quarterly",
            "drafted", "company website", "yes", "A joint poster", "Children miss school", "access, diagnosis", "3", "5", "NGOs, academia",
            "committee and officials", "1, 2" })
        {
            await SayAsync(answer);
        }

        await PostedAsync("Here are your answers");
        await SayAsync("submit");

        // Slack cuts checkbox texts and descriptions at 75 characters, so the checklist sources are checked in Teams and the
        // terminal; here the item itself must be there.
        var checklist = await PostedAsync("Checklist: Nordic-Atlantic asthma toolkit");
        Assert.DoesNotContain("Check with Asthma Alliance that its total income", checklist.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("paid by an entity outside the UK", checklist.Body.ToJsonString(), StringComparison.Ordinal);

        await SayAsync("reminders");
        var card = await PostedAsync("Your upcoming transparency deadlines");
        var blocks = card.Body["blocks"]!.AsArray().Select(b => (string?)b!["text"]?["text"] ?? "").ToList();
        var list = string.Join("\n", blocks);
        Assert.True(blocks.Count <= 50, "Slack takes at most 50 blocks");
        // One section per collaboration, headed by its title; the quarterly reviews on one line.
        Assert.Contains(blocks, b => b.StartsWith("*Nordic-Atlantic asthma toolkit*\n", StringComparison.Ordinal));
        Assert.Matches(@"\n\d+\. Joint review with the partner: every 3 months from \d+ \w+ 20\d\d, next ", list);
        Assert.DoesNotContain("; ABPI", list, StringComparison.Ordinal);
        Assert.Contains("30 Jun 2028: GB: 2027 support published on the company's patient organisation list (ABPI Clauses 29, 31)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("2028 support published", list, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "GB: 2027 support published"));
        Assert.Contains("8 Dec 2027: Written agreement signed before the support is paid or given", list, StringComparison.Ordinal);
        Assert.DoesNotContain("NO:", list, StringComparison.Ordinal);
        Assert.DoesNotContain("US:", list, StringComparison.Ordinal);
    }

    private async Task AnswerTheReviewAndSubmitAsync()
    {
        await PostedAsync("What is the collaboration called?");
        foreach (var answer in new[] { "Asthma school toolkit", "Breathe Easy UK", "patient organisation" })
        {
            await SayAsync(answer);
        }

        var scope = await PostedAsync("Is the work domestic or international?");
        await ClickAsync(SlackPayloads.Button(scope, "Domestic"));
        await PostedAsync("Which countries does the collaboration cover?");
        foreach (var answer in UkGrantInterview.FromCountries)
        {
            await SayAsync(answer);
        }

        await PostedAsync("Here are your answers");
        await SayAsync("submit");
    }

    /// <summary>
    /// Issue 16 in Slack: the clicked scope card becomes its answer (chat.update, no buttons), and its button clicked
    /// again while the start date is open records nothing; the quiz's first card clicked again doesn't score question 2.
    /// </summary>
    [Fact]
    public async Task AnsweredCards_ClickedAgain_NeverAnswerTheOpenQuestion()
    {
        await StartReviewAsync("Asthma school toolkit", "Breathe Easy UK", "patient organisation");

        var scope = await PostedAsync("Is the work domestic or international?");
        await ClickAsync(SlackPayloads.Button(scope, "Domestic"));
        var answered = await _slack.WaitForApiAsync("chat.update", c => c["ts"] == scope.Ts);
        Assert.Contains("*Your answer:* Domestic", answered.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", answered.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);

        await SayAsync("GB");
        await PostedAsync("In which country is the partner based");
        await SayAsync("GB");
        await PostedAsync("When is the collaboration planned to start?");
        await ClickAsync(SlackPayloads.Button(scope, "International"));
        var stale = await PostedAsync("That card is from an earlier step");
        await PostedAfterAsync(stale, "When is the collaboration planned to start?");
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            Assert.Equal("[\"domestic\"]", (await db.Answers.SingleAsync(a => a.QuestionId == "scope")).ValuesJson);
            Assert.False(await db.Answers.AnyAsync(a => a.QuestionId == "start_date"));
        }

        await SayAsync("cancel");
        await SayAsync("quiz");
        var first = await PostedAsync("Question 1 of 5");
        await ClickAsync(FirstAnswerButton(first));
        var second = await PostedAsync("Question 2 of 5");
        await ClickAsync(FirstAnswerButton(first));
        var again = await PostedAfterAsync(second, "That card is from an earlier step");
        await PostedAfterAsync(again, "Question 2 of 5");
        Assert.DoesNotContain(_slack.Api("chat.postMessage"), c => (c["text"] ?? "").Contains("Question 3 of 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedAnswer_AtACardQuestion_UpdatesThatCardWithTheAnswer()
    {
        await StartReviewAsync("Asthma school toolkit", "Breathe Easy UK", "patient organisation");
        var scope = await PostedAsync("Is the work domestic or international?");
        Assert.NotNull(scope.Ts);

        await SayAsync("domestic");
        await PostedAsync("Which countries does the collaboration cover?");
        var answered = await _slack.WaitForApiAsync("chat.update", c => c["ts"] == scope.Ts);
        Assert.Equal(FakeSlackApi.DmChannel, answered["channel"]);
        var blocks = answered.Body["blocks"]!.ToJsonString();
        Assert.Contains("Is the work domestic or international?", blocks, StringComparison.Ordinal);
        Assert.Contains("*Your answer:* Domestic", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain("prompt.", blocks, StringComparison.Ordinal);

        // A question left with cancel has its card closed too; only the bot's own cards are ever edited.
        await SayAsync("GB");
        await PostedAsync("In which country is the partner based");
        await SayAsync("GB");
        var start = await PostedAsync("When is the collaboration planned to start?");
        await SayAsync("cancel");
        var cancelled = await _slack.WaitForApiAsync("chat.update", c => c["ts"] == start.Ts);
        Assert.Contains("*Cancelled*", cancelled.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var posted = _slack.Api("chat.postMessage").Select(c => c.Ts).ToHashSet();
        Assert.All(_slack.Api("chat.update"), u => Assert.Contains(u["ts"], posted));
        Assert.DoesNotContain(_slack.Api("chat.postMessage"), c => (c["text"] ?? "").StartsWith("Answered", StringComparison.Ordinal));
    }

    /// <summary>Issue 16's "done when" in Slack: after the whole interview and a quiz no question card has live controls.</summary>
    [Fact]
    public async Task WholeInterviewAndQuiz_NoAnsweredQuestionCardKeepsLiveControls()
    {
        await SayAsync("new");
        await AnswerTheReviewAndSubmitAsync();
        await PostedAsync("Checklist: Asthma school toolkit");
        var questions = _slack.Api("chat.postMessage").Where(c => c.Body["blocks"]?.ToJsonString().Contains("\"prompt.", StringComparison.Ordinal) == true).ToList();
        Assert.True(questions.Count >= 12, $"the interview asks most questions on cards ({questions.Count})");
        Assert.Empty(Live(questions));

        await SayAsync("quiz");
        for (var n = 0; n < 5; n++)
        {
            await SayAsync("1");
        }

        await PostedAsync("to try another round");
        Assert.Empty(Live([.. _slack.Api("chat.postMessage").Where(c => c.Body["blocks"]?.ToJsonString().Contains("\"prompt.", StringComparison.Ordinal) == true)]));
    }

    // A question card is closed when its last chat.update shows the answer without any element to click.
    private List<string> Live(IEnumerable<RecordedCall> questions)
    {
        var updates = _slack.Api("chat.update");
        return [.. questions
            .Select(q => (Question: q, Now: updates.LastOrDefault(u => u["ts"] == q.Ts)?.Body["blocks"]?.ToJsonString()))
            .Where(x => x.Now is null || x.Now.Contains("\"action_id\"", StringComparison.Ordinal) || !x.Now.Contains("*Your answer:*", StringComparison.Ordinal))
            .Select(x => $"{x.Question["text"]} -> {x.Now ?? "(never updated)"}")];
    }

    /// <summary>`/partnership new`, then the first answers typed in the DM.</summary>
    private async Task StartReviewAsync(params string[] answers)
    {
        using (var ack = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("new", _slack.ResponseUrl("r-new"))))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await PostedAsync("What is the collaboration called?");
        foreach (var answer in answers)
        {
            await SayAsync(answer);
        }
    }

    private Task<RecordedCall> PostedAfterAsync(RecordedCall earlier, string fragment) =>
        _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal)
            && IndexOf(c) > IndexOf(earlier));

    private int IndexOf(RecordedCall call) => _slack.Calls.ToList().IndexOf(call);

    // A question's first option: a button in an actions block, or the button of its first option section.
    private static JsonObject FirstAnswerButton(RecordedCall message)
    {
        var (block, button) = message.Body["blocks"]!.AsArray()
            .SelectMany(b => (b!["elements"]?.AsArray() ?? []).Append(b["accessory"]).Where(e => e is not null).Select(e => (Block: b, Element: e!)))
            .First(p => ((string?)p.Element["action_id"] ?? "").StartsWith("answer#", StringComparison.Ordinal));
        return new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = (string)button["action_id"]!,
            ["block_id"] = (string)block["block_id"]!,
            ["value"] = (string)button["value"]!,
            ["action_ts"] = "1700000002.000",
        };
    }

    private async Task SayAsync(string text)
    {
        var id = $"Ev{++_event}{_run}";
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }

    private async Task ClickAsync(JsonObject action)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, SlackPayloads.BlockActions(action, _slack.ResponseUrl("r-click")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<RecordedCall> PostedAsync(string fragment) =>
        _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal));
}
