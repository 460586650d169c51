using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

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

        await PostedAsync("What is the collaboration called?");
        foreach (var answer in new[] { "Asthma school toolkit", "Breathe Easy UK", "patient organisation" })
        {
            await SayAsync(answer);
        }

        var scope = await PostedAsync("Is the work domestic or international?");
        await ClickAsync(Button(scope, "Domestic"));
        await PostedAsync("Which countries does the collaboration cover?");
        foreach (var answer in new[] { "GB", "2027-05-01", "2028-04-30", "yes", "grant", "25000", "GBP", "one payment", "2027-03-15", "Children with asthma miss fewer school days",
            "yes", "patient experts, HCPs", "fair-market-value payment", "A steering group with two parents", "quarterly", "drafted", "both", "yes",
            "A joint poster at the national asthma conference" })
        {
            await SayAsync(answer);
        }

        await PostedAsync("Here are your answers");
        await SayAsync("submit");
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

    /// <summary>
    /// Issue 11's multi-country review in the DM: GB, NO and US each under their own rule, and a grant paid before
    /// the start disclosed for the year it was paid.
    /// </summary>
    [Fact]
    public async Task MultiCountryGbNoUs_GrantPaidBeforeTheStart_EachCountryItsOwnRule()
    {
        using (var ack = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("new", _slack.ResponseUrl("r-new"))))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await PostedAsync("What is the collaboration called?");
        foreach (var answer in new[] { "Nordic-Atlantic asthma toolkit", "Asthma Alliance", "patient organisation" })
        {
            await SayAsync(answer);
        }

        var scope = await PostedAsync("Is the work domestic or international?");
        await ClickAsync(Button(scope, "International"));
        await PostedAsync("Which countries does the collaboration cover?");
        foreach (var answer in new[] { "GB, Norway, USA", "2028-02-01", "2028-12-31", "yes", "grant", "25000", "GBP", "one payment", "2027-12-15",
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
        Assert.Contains("Check with Asthma Alliance that its total income", checklist.Body.ToJsonString(), StringComparison.Ordinal);

        await SayAsync("reminders");
        var list = (await PostedAsync("Your upcoming transparency deadlines"))["text"]!;
        Assert.Contains("30 Jun 2028: GB: 2027 support published on the company's patient organisation list (ABPI Clauses 29, 31)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("2028 support published", list, StringComparison.Ordinal);
        Assert.Contains("no fixed date: NO: disclosure deadline not confirmed; check the local code (support given in 2027)", list, StringComparison.Ordinal);
        Assert.Contains("no fixed date: US: check the internal disclosure policy for support given in 2027", list, StringComparison.Ordinal);
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

    private static JsonObject Button(RecordedCall message, string title)
    {
        var (block, button) = message.Body["blocks"]!.AsArray()
            .SelectMany(b => (b!["elements"]?.AsArray() ?? []).Select(e => (Block: b, Element: e!)))
            .First(p => (string?)p.Element["text"]?["text"] == title);
        return new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = (string)button["action_id"]!,
            ["block_id"] = (string)block["block_id"]!,
            ["value"] = (string)button["value"]!,
            ["action_ts"] = "1700000001.000",
        };
    }
}
