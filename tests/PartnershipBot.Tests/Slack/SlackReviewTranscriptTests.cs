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
        await ClickAsync(SlackPayloads.Button(scope, "Domestic"));
        await PostedAsync("Which countries?");
        foreach (var answer in new[] { "GB", "2027-05-01", "2028-04-30", "yes", "grant", "25000", "GBP", "Children with asthma miss fewer school days",
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

        var update = await _slack.WaitForApiAsync("chat.update");
        Assert.Contains("1/", update["text"] ?? update.Body.ToJsonString(), StringComparison.Ordinal);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("Submitted", (await db.Collaborations.SingleAsync()).Status);
        Assert.Equal(1, await db.ChecklistItems.CountAsync(i => i.Done));
        Assert.Equal($"slack:{SlackBotFactory.Team}:{FakeSlackApi.DmChannel}", (await db.Collaborations.SingleAsync()).ConversationKey);
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
