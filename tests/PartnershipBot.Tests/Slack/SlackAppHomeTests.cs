using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The Home tab and the global shortcut through the real endpoints with real signatures: app_home_opened publishes
/// the user's view (views.publish, checked against Block Kit's limits by the fake), its buttons and the shortcut run
/// in the DM like typed commands and reminder clicks, and a change the user makes republishes the view.
/// </summary>
public sealed class SlackAppHomeTests : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?> { ["Slack:ChannelMessageInterval"] = "00:00:00.010" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task FirstVisit_HomeTab_PublishesAWelcomeWithNew_AndTheMessagesTabPublishesNothing()
    {
        await OpenAsync("messages");
        await OpenAsync("home");

        var publish = await _slack.WaitForApiAsync("views.publish");
        Assert.Single(_slack.Api("views.publish"));
        Assert.Equal(SlackBotFactory.User, publish["user_id"]);
        Assert.Equal("home", (string?)publish.Body["view"]!["type"]);
        var view = publish.Body["view"]!.ToJsonString();
        Assert.Contains("Welcome!", view, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"New\"", view, StringComparison.Ordinal);
        Assert.DoesNotContain("Your collaborations", view, StringComparison.Ordinal);
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task ShortcutThenSubmit_HomeShowsTheReview_ATickRepublishes_DoneFromHomeMarksTheDeadline()
    {
        // The global shortcut opens the interview's form (SlackInterviewModalTests follows it); here the user answers in the DM.
        using (var ack = await _bot.PostSignedAsync(SlackServices.InteractionsPath, HomePayloads.Shortcut(SlackHomeClicks.PlanShortcut)))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await _slack.WaitForApiAsync("views.open");
        await SayAsync("new");
        var first = await PostedAsync("What is the collaboration called?");
        Assert.Equal(FakeSlackApi.DmChannel, first["channel"]);
        await AnswerTheReviewAndSubmitAsync();
        var checklist = await PostedAsync("Checklist: Asthma school toolkit");

        await OpenAsync("home");
        var home = await _slack.WaitForApiAsync("views.publish");
        var view = home.Body["view"]!.ToJsonString();
        Assert.Contains("*Asthma school toolkit*", view, StringComparison.Ordinal);
        Assert.Contains("Status: Submitted, awaiting review", view, StringComparison.Ordinal);
        Assert.Matches(@"Checklist: 0/\d+ done", view);
        Assert.Contains("Next deadline: ", view, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Snooze 1 week\"", view, StringComparison.Ordinal);
        Assert.True(home.Body["view"]!["blocks"]!.AsArray().Count <= SlackHomeView.MaxBlocks);

        // A tick in the DM republishes the home view with the progress.
        var group = checklist.Body["blocks"]!.AsArray().First(b => b!["elements"]?[0]?["type"]?.GetValue<string>() == "checkboxes")!;
        var box = group["elements"]![0]!;
        await ClickInDmAsync(new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = box["action_id"]!.GetValue<string>(),
            ["block_id"] = group["block_id"]!.GetValue<string>(),
            ["selected_options"] = new JsonArray(box["options"]![0]!.DeepClone()),
            ["action_ts"] = "1700000009.000",
        });
        var ticked = await _slack.WaitForApiAsync("views.publish", c => System.Text.RegularExpressions.Regex.IsMatch(c.Body.ToJsonString(), @"Checklist: 1/\d+ done"));

        // Done on the Home tab runs the reminder's Done in the DM: the deadline is marked and leaves the view.
        Guid obligation;
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            obligation = (await db.Obligations.Where(o => o.Status == "open" && o.Kind != "written_agreement").ToListAsync()).OrderBy(o => o.Due).First().Id;
        }

        using (var ack = await _bot.PostSignedAsync(SlackServices.InteractionsPath, HomePayloads.HomeClick(HomePayloads.Button(ticked, "Done", $"home-deadline-{obligation:N}"))))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        var marked = await PostedAsync("Marked done:");
        Assert.Equal(FakeSlackApi.DmChannel, marked["channel"]);
        await _slack.WaitForApiAsync("views.publish", c => IndexOf(c) > IndexOf(marked) && !c.Body.ToJsonString().Contains($"home-deadline-{obligation:N}", StringComparison.Ordinal));
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            var row = await db.Obligations.SingleAsync(o => o.Id == obligation);
            Assert.Equal("done", row.Status);
        }

        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task HomeButtons_NewAndQuiz_RunInTheDm()
    {
        await OpenAsync("home");
        var home = await _slack.WaitForApiAsync("views.publish");

        await ClickOnHomeAsync(HomePayloads.Button(home, "Quiz"));
        await PostedAsync("Question 1 of 5");
        await SayAsync("cancel");
        await ClickOnHomeAsync(HomePayloads.Button(home, "New"));
        var first = await PostedAsync("What is the collaboration called?");
        Assert.Equal(FakeSlackApi.DmChannel, first["channel"]);
    }

    [Fact]
    public async Task HomeClick_WithACommandTheViewDoesNotOffer_RunsNothing()
    {
        var forged = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = SlackHomeView.CommandAction + "#x",
            ["block_id"] = "home-commands",
            ["value"] = "delete everything",
            ["action_ts"] = "1700000003.000",
        };

        await ClickOnHomeAsync(forged);
        await OpenAsync("home");

        await _slack.WaitForApiAsync("views.publish");
        Assert.Empty(_slack.Api("chat.postMessage"));
        Assert.Empty(_slack.Api("conversations.open"));
    }

    private async Task OpenAsync(string tab)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, HomePayloads.HomeOpened($"EvHome{++_event}{_run}", tab), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task ClickOnHomeAsync(JsonObject action)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, HomePayloads.HomeClick(action));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AnswerTheReviewAndSubmitAsync()
    {
        foreach (var answer in new[] { "Asthma school toolkit", "Breathe Easy UK", "patient organisation" })
        {
            await SayAsync(answer);
        }

        var scope = await PostedAsync("Is the work domestic or international?");
        await ClickInDmAsync(SlackPayloads.Button(scope, "Domestic"));
        await PostedAsync("Which countries does the collaboration cover?");
        foreach (var answer in new[] { "GB", "GB", "2027-05-01", "2028-04-30", "yes", "grant", "25000", "GBP", "one payment", "2027-03-15", "local", "Children with asthma miss fewer school days",
            "yes", "patient experts, HCPs", "fair-market-value payment", "A steering group with two parents", "quarterly", "drafted", "both", "yes",
            "A joint poster at the national asthma conference" })
        {
            await SayAsync(answer);
        }

        await PostedAsync("Here are your answers");
        await SayAsync("submit");
    }

    private async Task SayAsync(string text)
    {
        var id = $"Ev{++_event}{_run}";
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }

    private async Task ClickInDmAsync(JsonObject action)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, SlackPayloads.BlockActions(action, _slack.ResponseUrl("r-click")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private int IndexOf(RecordedCall call) => _slack.Calls.ToList().IndexOf(call);

    private Task<RecordedCall> PostedAsync(string fragment) =>
        _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal));
}
