using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Slack.Support;
using static System.Net.WebUtility;

namespace PartnershipBot.Tests.Safety;

/// <summary>
/// Safety information in Slack, end to end: a side effect typed in a DM (events endpoint, durable inbox) reaches the
/// pharmacovigilance channel at the fake Web API with a "Mark received" button. A click there (interactions
/// endpoint, inbox) records who received it and updates the message with chat.update; a second click is told who
/// marked it, and a click in any other channel is refused and stores nothing.
/// </summary>
public sealed class SafetySlackTests : IAsyncLifetime
{
    private const string PvChannel = "C0PHARMA01";
    private const string SideEffect = "One of our patient advocates said she fainted twice after the first injection";
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?>
        {
            ["Safety:Contact:Channel"] = "slack",
            ["Safety:Contact:ConversationId"] = PvChannel,
            ["Safety:Contact:Name"] = "Pharmacovigilance",
            ["Safety:SenderEnabled"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SideEffectInADm_ReachesThePvChannel_AClickThereMarksItAndUpdatesTheMessage_ASecondClickIsToldWho()
    {
        var report = await SideEffectDeliveredAsync();
        Assert.Empty(BlockKitLimits.Message(report.Body));
        Assert.Contains(SideEffect, report.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var button = SlackPayloads.Button(report, "Mark received");
        var reference = JsonNode.Parse((string)button["value"]!)![SafetyReceipts.ReferenceValue]!.GetValue<string>();

        await ClickAsync(button, PvChannel, report.Ts!, "U0PVOFFICER", "r-first");

        var update = await _slack.WaitForApiAsync("chat.update");
        Assert.Equal((PvChannel, report.Ts), (update["channel"], update["ts"]));
        Assert.Empty(BlockKitLimits.Message(update.Body));
        var blocks = update.Body["blocks"]!.ToJsonString();
        Assert.Contains("Received by pharmacovigilance", blocks, StringComparison.Ordinal);
        Assert.Contains("Ada", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark received", blocks, StringComparison.Ordinal);
        var stored = await ReportAsync(reference);
        Assert.Equal(($"slack:{SlackBotFactory.Team}:U0PVOFFICER", "Ada"), (stored.AcknowledgedById, stored.AcknowledgedBy));

        await ClickAsync(button, PvChannel, report.Ts!, "U0COLLEAGUE", "r-second");

        var told = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-second");
        Assert.Contains($"{reference} was already marked received by Ada (slack:{SlackBotFactory.Team}:U0PVOFFICER)", told["text"], StringComparison.Ordinal);
        Assert.Single(_slack.Api("chat.update"));
        Assert.Equal(stored.AcknowledgedAt, (await ReportAsync(reference)).AcknowledgedAt);
    }

    [Fact]
    public async Task MarkReceived_ClickedInAnotherChannel_IsRefusedAndStoresNothing()
    {
        var report = await SideEffectDeliveredAsync();
        var button = SlackPayloads.Button(report, "Mark received");
        var reference = JsonNode.Parse((string)button["value"]!)![SafetyReceipts.ReferenceValue]!.GetValue<string>();

        await ClickAsync(button, "C0GENERAL1", report.Ts!, "U0SOMEONE", "r-refused");

        var told = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-refused");
        Assert.Equal("Only the pharmacovigilance channel can mark a safety report received. Nothing was recorded.", told["text"]);
        Assert.Empty(_slack.Api("chat.update"));
        var stored = await ReportAsync(reference);
        Assert.Null(stored.AcknowledgedAt);
        Assert.Null(stored.AcknowledgedById);
    }

    /// <summary>Transcript: the side effect typed in the DM, the notice back, the sender run once.</summary>
    private async Task<RecordedCall> SideEffectDeliveredAsync()
    {
        using (var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage($"Ev{++_event:D8}", SideEffect), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var notice = await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == FakeSlackApi.DmChannel);
        Assert.Contains("This may be safety information", notice.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await _bot.Services.GetRequiredService<SafetyReportSender>().SendDueAsync(CancellationToken.None));
        return Assert.Single(_slack.Api("chat.postMessage"), c => c["channel"] == PvChannel);
    }

    private async Task ClickAsync(JsonObject button, string channel, string messageTs, string user, string responseId)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = SlackBotFactory.Team, ["domain"] = "acme" },
            ["user"] = new JsonObject { ["id"] = user, ["name"] = user.ToLowerInvariant(), ["team_id"] = SlackBotFactory.Team },
            ["api_app_id"] = "A0APP0001",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "pharmacovigilance" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["blocks"] = new JsonArray() },
            ["response_url"] = _slack.ResponseUrl(responseId).AbsoluteUri,
            ["actions"] = new JsonArray(button.DeepClone()),
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
        };
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, "payload=" + UrlEncode(payload.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<SafetyReportRow> ReportAsync(string reference)
    {
        await using var db = await _bot.Database.CreateContextAsync();
        return await db.SafetyReports.AsNoTracking().SingleAsync(r => r.Reference == reference);
    }
}
