using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The interview in Slack modals, through the real signed endpoints, the inbox, the dialogs and the database, against
/// the fake Web API (which refuses views over Block Kit's limits): "Fill in a form" opens the first page with
/// views.open, each view_submission is answered with the next page (response_action: update), the refusals
/// (response_action: errors, keyed by block id) or the end, and the assessment and checklist arrive in the DM.
/// </summary>
public sealed class SlackInterviewModalTests : IAsyncLifetime
{
    private const string ViewId = "V0MODAL001";

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = Bot(TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Shortcut_WholeInterviewInModals_SavesEveryPageAndEndsWithTheAssessmentInTheDm()
    {
        await PostAsync(HomePayloads.Shortcut(SlackHomeClicks.PlanShortcut));
        var view = await OpenedAsync();
        var pages = 0;
        while (view["submit"] is not null)
        {
            pages++;
            Assert.True(pages < 12, "The form never ended.");
            var answer = await SubmitAsync(view, Fill(view));
            Assert.Equal("update", (string?)answer["response_action"]);
            view = answer["view"]!.AsObject();
            Assert.Empty(BlockKitLimits.View(view));
            if (view["submit"] is not null)
            {
                // Every page is a saved draft, as every answer in the chat is.
                await using var db = await _bot.Database.CreateContextAsync();
                Assert.Equal("Draft", (await db.Collaborations.SingleAsync()).Status);
            }
        }

        Assert.True(pages >= 4, $"{pages} pages");
        Assert.Contains("Submitted \\u0022Asthma school toolkit\\u0022", view.ToJsonString(), StringComparison.Ordinal);
        var assessment = await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body.ToJsonString().Contains("R4 Be transparent and show the benefits", StringComparison.Ordinal));
        Assert.Equal(FakeSlackApi.DmChannel, assessment["channel"]);
        await PostedAsync("Checklist: Asthma school toolkit");
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            var saved = await db.Collaborations.SingleAsync();
            Assert.Equal("Submitted", saved.Status);
            Assert.NotEmpty(await db.ChecklistItems.ToListAsync());
        }

        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task SlashForm_InvalidValues_AreRefusedOnThePageWithTheChatsReasons_AndNothingIsSaved()
    {
        using (var ack = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("form", _slack.ResponseUrl("r-form"))))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        var view = await OpenedAsync();
        var inputs = Fill(view);
        inputs["q:title"] = "A";
        inputs["q:countries"] = "Atlantis";
        var refused = await SubmitAsync(view, inputs);

        Assert.Equal("errors", (string?)refused["response_action"]);
        var errors = refused["errors"]!.AsObject();
        Assert.Equal(["q:countries", "q:title"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("Atlantis", (string?)errors["q:countries"], StringComparison.Ordinal);
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            Assert.Empty(await db.Collaborations.ToListAsync());
        }

        // The same page, corrected, goes on; an end before the start is refused by the interview's own rule.
        var second = (await SubmitAsync(view, Fill(view)))["view"]!.AsObject();
        var dates = Fill(second);
        dates["q:end_date"] = "2027-01-01";
        var before = await SubmitAsync(second, dates);
        Assert.Contains("That is before the start date", (string?)before["errors"]!["q:end_date"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormOfferedInTheDm_ClosedHalfway_TheDmCarriesOnAndFinishesTheInterview()
    {
        await SayAsync("new");
        var offer = await PostedAsync("Prefer a form?");
        await PostAsync(SlackPayloads.BlockActions(SlackPayloads.Button(offer, "Fill in a form"), _slack.ResponseUrl("r-offer")));
        var first = await OpenedAsync();
        var second = (await SubmitAsync(first, Fill(first)))["view"]!.AsObject();
        Assert.StartsWith("q:partner_country", (string?)second["blocks"]!.AsArray().First(b => (string?)b!["type"] == "input")!["block_id"], StringComparison.Ordinal);

        // Closing the modal: the DM goes on at the first unanswered question, as "new" there would.
        await PostAsync(ModalPayloads.Closed(second, ViewId));
        await PostedAsync("Carrying on with your draft \"Asthma school toolkit\" (5 answers so far)");
        await PostedAsync("In which country is the partner based");
        foreach (var answer in new[] { "GB", "2027-05-01", "2028-04-30", "yes", "grant", "25000", "GBP", "one payment", "2027-03-15", "local", "Children with asthma miss fewer school days",
            "yes", "patient experts, HCPs", "fair-market-value payment", "A steering group with two parents", "quarterly", "drafted", "both", "yes",
            "A joint poster at the national asthma conference" })
        {
            await SayAsync(answer);
        }

        await PostedAsync("Here are your answers");
        await SayAsync("submit");
        await PostedAsync("Checklist: Asthma school toolkit");
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("Submitted", (await db.Collaborations.SingleAsync()).Status);
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task SaveLaterThanSlackWaits_SavingIsAnswered_AndTheModalIsUpdatedFromTheInbox()
    {
        await _bot.DisposeAsync();
        // The worker must lose the race against the zero wait: its turns are held half a second, so the request's
        // own "Saving..." answer is the one Slack gets (without the hold a fast worker could answer first).
        _bot = Bot(TimeSpan.Zero, services => services.AddSingleton<PartnershipBot.Turns.ITurnCheck, SlowTurns>());

        await PostAsync(HomePayloads.Shortcut(SlackHomeClicks.PlanShortcut));
        var first = await OpenedAsync();
        var answer = await SubmitAsync(first, Fill(first));

        Assert.Equal("update", (string?)answer["response_action"]);
        Assert.Contains("Saving your answers", answer["view"]!.ToJsonString(), StringComparison.Ordinal);
        var updated = await _slack.WaitForApiAsync("views.update");
        Assert.Equal(ViewId, updated["view_id"]);
        Assert.Contains("q:partner_country", updated.Body["view"]!.ToJsonString(), StringComparison.Ordinal);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("Asthma school toolkit", (await db.Collaborations.SingleAsync()).Title);
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task HomeTab_OffersTheForm_AndItsButtonOpensTheModal()
    {
        using (var opened = await _bot.PostSignedAsync(SlackServices.EventsPath, HomePayloads.HomeOpened($"EvHome{_run}"), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var home = await _slack.WaitForApiAsync("views.publish");
        await PostAsync(HomePayloads.HomeClick(HomePayloads.Button(home, "Fill in a form")));
        var view = await OpenedAsync();
        Assert.Equal(SlackInterviewModal.CallbackId, (string?)view["callback_id"]);
        Assert.Contains(view["blocks"]!.AsArray(), b => (string?)b!["block_id"] == "q:title");
        Assert.True(((string)view["private_metadata"]!).Length < 200, "private_metadata carries ids only");
    }

    private SlackBotFactory Bot(TimeSpan wait, Action<IServiceCollection>? services = null) => new(_slack, settings: new Dictionary<string, string?>
    {
        ["Slack:ChannelMessageInterval"] = "00:00:00.010",
        ["Slack:ModalAnswerWait"] = wait.ToString(),
    }, services: services);

    /// <summary>Holds every turn briefly and adds nothing: the worker's answer comes after the request gave up waiting.</summary>
    private sealed class SlowTurns : PartnershipBot.Turns.ITurnCheck
    {
        public PartnershipBot.Turns.TurnAddition? Check(PartnershipBot.Dialogs.Turn turn, PartnershipBot.Dialogs.Engine.ConversationState before, PartnershipBot.Dialogs.Engine.TurnResult result)
        {
            Thread.Sleep(500);
            return null;
        }
    }

    /// <summary>The view the last views.open opened, checked against Block Kit's limits.</summary>
    private async Task<JsonObject> OpenedAsync()
    {
        var open = await _slack.WaitForApiAsync("views.open");
        var view = open.Body["view"]!.AsObject();
        Assert.Empty(BlockKitLimits.View(view));
        Assert.Equal("Plan a collaboration", (string?)view["title"]!["text"]);
        return view;
    }

    private async Task<JsonObject> SubmitAsync(JsonObject view, Dictionary<string, string> inputs)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, ModalPayloads.Submission(view, ViewId, inputs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The page filled with the asthma review's answers (or each input's first option); also used over Socket Mode.</summary>
    internal static Dictionary<string, string> Fill(JsonObject view)
    {
        var inputs = new Dictionary<string, string>();
        foreach (var block in view["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input"))
        {
            var id = (string)block!["block_id"]!;
            var element = block["element"]!;
            inputs[id] = AsthmaFormAnswers.ById.TryGetValue(id[2..], out var known)
                ? known
                : (string?)element["type"] switch
                {
                    "radio_buttons" or "static_select" or "checkboxes" or "multi_static_select" => (string)element["options"]![0]!["value"]!,
                    "datepicker" => "2027-07-01",
                    _ => (string?)element["initial_value"] ?? "Three schools in the first year",
                };
        }

        return inputs;
    }

    private async Task PostAsync(string body)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SayAsync(string text)
    {
        var id = $"Ev{++_event}{_run}";
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }

    private Task<RecordedCall> PostedAsync(string fragment) =>
        _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal));
}
