using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Approvals;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// Editing a submitted collaboration in a Slack modal and opening one from the Home tab, through the real signed
/// endpoints, the inbox, the dialogs (the core EditForm, the same rules as the chat) and the database, against the fake
/// Web API: the Home tab's Edit opens the prefilled edit modal, a refused value comes back as response_action: errors,
/// the last page submits again (a new review round), and Open shows any collaboration's status in the DM.
/// </summary>
public sealed class SlackEditModalTests : IAsyncLifetime
{
    private const string ViewId = "V0EDIT0001";

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?>
        {
            ["Slack:ChannelMessageInterval"] = "00:00:00.010",
            ["Slack:ModalAnswerWait"] = TimeSpan.FromSeconds(20).ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task HomeEdit_OpensThePrefilledModal_RefusesAnInvalidTitle_AndTheLastPageSubmitsRoundTwo()
    {
        var id = await SubmitThroughTheInterviewModalAsync();

        var home = await HomeAsync();
        await ClickOnHomeAsync(HomePayloads.Button(home, "Edit", $"home-collab-{id:N}"));
        var edit = await OpenedAsync(2);
        Assert.Equal(SlackInterviewModal.EditCallbackId, (string?)edit["callback_id"]);
        Assert.StartsWith("Edit", (string?)edit["title"]!["text"], StringComparison.Ordinal);
        Assert.Equal("Asthma school toolkit", (string?)Input(edit, "q:title")["initial_value"]);

        // Teams' rules in Slack's shape: a one-letter title is refused on the page, keyed by its block, nothing saved.
        var inputs = Prefilled(edit);
        inputs["q:title"] = "A";
        var refused = await SubmitAsync(edit, inputs);
        Assert.Equal("errors", (string?)refused["response_action"]);
        Assert.Equal(["q:title"], refused["errors"]!.AsObject().Select(e => e.Key));

        inputs["q:title"] = "Asthma toolkit for schools";
        var view = edit;
        var answer = await SubmitAsync(view, inputs);
        var pages = 1;
        while (true)
        {
            Assert.Equal("update", (string?)answer["response_action"]);
            view = answer["view"]!.AsObject();
            Assert.Empty(BlockKitLimits.View(view));
            if (view["submit"] is null)
            {
                break;
            }

            // Nothing is saved before the last page, as in the chat's edit.
            await using (var db = await _bot.Database.CreateContextAsync())
            {
                Assert.Equal("Asthma school toolkit", (await db.Collaborations.SingleAsync()).Title);
            }

            Assert.True(++pages < 12, "The edit never ended.");
            answer = await SubmitAsync(view, Prefilled(view));
        }

        Assert.Contains("Saved your changes to \\u0022Asthma toolkit for schools\\u0022", view.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Sent for review again. The assessment, the checklist and who reviews it are in our direct messages.", view.ToJsonString(), StringComparison.Ordinal);
        await using (var db = await _bot.Database.CreateContextAsync())
        {
            var saved = await db.Collaborations.SingleAsync();
            Assert.Equal(("Asthma toolkit for schools", "Submitted"), (saved.Title, saved.Status));
            Assert.Equal([1, 2], (await db.ApprovalRounds.Where(r => r.CollaborationId == id).Select(r => r.Round).ToListAsync()).Order());
        }

        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task ChatEditOffersTheModal_AndAnEditOfAnotherUsersCollaborationIsRefused()
    {
        var id = await SubmitThroughTheInterviewModalAsync();

        await SayAsync("edit");
        var offer = await EditOfferAsync();
        await PostAsync(SlackPayloads.BlockActions(SlackPayloads.Button(offer, "Edit in a form"), _slack.ResponseUrl("r-edit")));
        var edit = await OpenedAsync(2);
        Assert.Equal(SlackInterviewModal.EditCallbackId, (string?)edit["callback_id"]);

        // A forged button naming a collaboration that is not the user's opens nothing and says why in the DM.
        var forged = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = CardIds.EditForm + "#c1",
            ["block_id"] = "home-collab-x-actions",
            ["value"] = $"{{\"collaboration\":\"{Guid.NewGuid():N}\"}}",
            ["action_ts"] = "1700000003.000",
        };
        await ClickOnHomeAsync(forged);
        await PostedAsync("That collaboration is not among yours");
        Assert.Equal(2, _slack.Api("views.open").Count);
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task HomeOpen_ShowsTheSubmittedCollaborationsStatusInTheDm_WithTheEditOffer()
    {
        var id = await SubmitThroughTheInterviewModalAsync();

        var home = await HomeAsync();
        var blocks = home.Body["view"]!["blocks"]!.AsArray();
        Assert.Contains(blocks, b => (string?)b!["block_id"] == $"home-collab-{id:N}-actions");
        await ClickOnHomeAsync(HomePayloads.Button(home, "Open", $"home-collab-{id:N}"));

        var opened = await PostedAsync("Now working on \"Asthma school toolkit\"");
        Assert.Equal(FakeSlackApi.DmChannel, opened["channel"]);
        await PostedAsync("Review: awaiting review (round 1)");
        await EditOfferAsync();
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task HomeOpen_ADraftShowsItsProgress()
    {
        await SayAsync("new");
        await SayAsync("Asthma school toolkit");
        await SayAsync("cancel");

        var home = await HomeAsync();
        await ClickOnHomeAsync(HomePayloads.Button(home, "Open", "home-collab-"));
        await PostedAsync("is a draft with 1 answer");
        Assert.DoesNotContain(home.Body["view"]!["blocks"]!.AsArray(), b => b!["elements"]?.AsArray().Any(e => (string?)e!["text"]?["text"] == "Edit") == true);
    }

    /// <summary>The whole interview in the form (the global shortcut), as SlackInterviewModalTests fills it.</summary>
    private async Task<Guid> SubmitThroughTheInterviewModalAsync()
    {
        await PostAsync(HomePayloads.Shortcut(SlackHomeClicks.PlanShortcut));
        var view = await OpenedAsync(1);
        while (view["submit"] is not null)
        {
            view = (await SubmitAsync(view, Prefilled(view)))["view"]!.AsObject();
        }

        await PostedAsync("Checklist: Asthma school toolkit");
        await using var db = await _bot.Database.CreateContextAsync();
        var saved = await db.Collaborations.SingleAsync();
        Assert.Equal("Submitted", saved.Status);
        return saved.Id;
    }

    private async Task<RecordedCall> HomeAsync()
    {
        var before = _slack.Api("views.publish").Count;
        using (var response = await _bot.PostSignedAsync(SlackServices.EventsPath, HomePayloads.HomeOpened($"EvHome{++_event}{_run}"), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _slack.WaitForAsync(_ => _slack.Api("views.publish").Count > before);
        return _slack.Api("views.publish")[^1];
    }

    /// <summary>The view the <paramref name="nth"/> views.open opened, checked against Block Kit's limits.</summary>
    private async Task<JsonObject> OpenedAsync(int nth)
    {
        await _slack.WaitForAsync(_ => _slack.Api("views.open").Count >= nth);
        var view = _slack.Api("views.open")[nth - 1].Body["view"]!.AsObject();
        Assert.Empty(BlockKitLimits.View(view));
        return view;
    }

    private static JsonObject Input(JsonObject view, string blockId) =>
        view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == blockId)!["element"]!.AsObject();

    /// <summary>Each input's prefilled value, else the interview's answer, else its first option.</summary>
    private static Dictionary<string, string> Prefilled(JsonObject view)
    {
        var inputs = new Dictionary<string, string>();
        foreach (var block in view["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input"))
        {
            var id = (string)block!["block_id"]!;
            var element = block["element"]!;
            var initial = (string?)element["initial_value"] ?? (string?)element["initial_date"] ?? (string?)element["initial_option"]?["value"]
                ?? (element["initial_options"] is JsonArray chosen ? string.Join(",", chosen.Select(o => (string?)o!["value"])) : null);
            inputs[id] = initial ?? (AsthmaFormAnswers.ById.TryGetValue(id[2..], out var known)
                ? known
                : (string?)element["type"] switch
                {
                    "radio_buttons" or "static_select" or "checkboxes" or "multi_static_select" => (string)element["options"]![0]!["value"]!,
                    "datepicker" => "2027-07-01",
                    _ => "Three schools in the first year",
                });
        }

        return inputs;
    }

    private async Task<JsonObject> SubmitAsync(JsonObject view, Dictionary<string, string> inputs)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, ModalPayloads.Submission(view, ViewId, inputs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task PostAsync(string body)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task ClickOnHomeAsync(JsonObject action) => PostAsync(HomePayloads.HomeClick(action));

    private async Task SayAsync(string text)
    {
        var id = $"Ev{++_event}{_run}";
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }

    private Task<RecordedCall> EditOfferAsync() => _slack.WaitForAsync(c => c.Method == "chat.postMessage"
        && (c["text"] ?? "").Contains("Prefer a form?", StringComparison.Ordinal) && c.Body.ToJsonString().Contains("Edit in a form", StringComparison.Ordinal));

    private Task<RecordedCall> PostedAsync(string fragment) =>
        _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains(fragment, StringComparison.Ordinal));
}
