using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The message shortcut "Add to a collaboration" through the real interactions endpoint and the fake Web API (which
/// validates the views): the shortcut opens a picker of the user's own collaborations with the message's text, and
/// its submission adds the note to the chosen one through a turn (answered ephemerally where the shortcut was used),
/// where, as free text, the safety check reads it like anything typed.
/// </summary>
public sealed class SlackNoteShortcutTests : IAsyncLifetime
{
    private const string SideEffect = "Update from the clinic: one of the parents said her son fainted twice after the first injection";

    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;

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
    public async Task NoCollaborationYet_TheModalSaysSoAndHowToStartOne()
    {
        var view = await ShortcutAsync("The partner agreed to the poster", "r-none");

        Assert.Equal(SlackNoteModal.EmptyCallbackId, (string?)view["callback_id"]);
        Assert.Null(view["submit"]);
        var text = view.ToJsonString();
        Assert.Contains("no collaborations yet", text, StringComparison.Ordinal);
        Assert.Contains("Plan a collaboration", text, StringComparison.Ordinal);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal(0, await db.CollaborationNotes.CountAsync());
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task Picker_ListsOnlyTheUsersCollaborations_LatestUpdatedFirstAndChosen()
    {
        var (toolkit, camp, _) = await SeedAsync();

        var view = await ShortcutAsync("The partner agreed to <b>a joint poster</b> &amp; a leaflet", "r-list");

        Assert.Equal(SlackNoteModal.CallbackId, (string?)view["callback_id"]);
        var select = Block(view, SlackNoteModal.CollaborationBlock)["element"]!;
        Assert.Equal([camp.ToString("D"), toolkit.ToString("D")], select["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Equal(["Diabetes camp leaflet", "Asthma school toolkit"], select["options"]!.AsArray().Select(o => (string)o!["text"]!["text"]!));
        Assert.Equal(camp.ToString("D"), (string?)select["initial_option"]!["value"]);
        Assert.Equal("The partner agreed to <b>a joint poster</b> & a leaflet", (string?)Block(view, SlackNoteModal.TextBlock)["element"]!["initial_value"]);
        Assert.DoesNotContain("Someone else", view.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task ChoosingTheSecond_AddsTheNoteThere_AndASideEffectInItIsReported()
    {
        var (toolkit, _, _) = await SeedAsync();

        var view = await ShortcutAsync("The partner agreed to the poster", "r-note");
        await SubmitAsync(view, toolkit.ToString("D"), "The partner agreed to the poster (and a leaflet)");
        var added = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-note");
        Assert.Contains("Added to \\u0022Asthma school toolkit\\u0022 as a note", added.Body.ToJsonString(), StringComparison.Ordinal);

        var second = await ShortcutAsync(SideEffect, "r-safety");
        await SubmitAsync(second, toolkit.ToString("D"), SideEffect);
        var reported = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-safety");
        Assert.Contains("This may be safety information", reported.Body.ToJsonString(), StringComparison.Ordinal);

        await using var db = await _bot.Database.CreateContextAsync();
        var notes = await db.CollaborationNotes.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(["The partner agreed to the poster (and a leaflet)", SideEffect], notes.Select(n => n.Text));
        Assert.All(notes, n => Assert.Equal(toolkit, n.CollaborationId));
        Assert.All(notes, n => Assert.Equal(SlackNoteShortcut.Source, n.Source));
        var report = await db.SafetyReports.SingleAsync();
        Assert.Contains("fainted", report.Text, StringComparison.Ordinal);
        Assert.Equal(SafetyReportStatus.Pending, report.Status);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "note.added" && e.CollaborationId == toolkit));
        Assert.Empty(_slack.Refusals);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("not-a-collaboration-id")]
    public async Task AForgedCollaborationId_IsRefusedAndNothingIsAdded(string forged)
    {
        var (_, _, other) = await SeedAsync();
        var view = await ShortcutAsync("The partner agreed to the poster", "r-forged");
        var value = forged == "other" ? other.ToString("D") : forged;
        // A forged request: the submitted option is not one the picker offered.
        Block(view, SlackNoteModal.CollaborationBlock)["element"]!["options"]![0]!["value"] = value;

        await SubmitAsync(view, value, "The partner agreed to the poster");

        var refused = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-forged");
        Assert.Contains("not one of yours", refused.Body.ToJsonString(), StringComparison.Ordinal);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal(0, await db.CollaborationNotes.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.Action == "note.added"));
    }

    [Fact]
    public async Task AnEmptyNote_KeepsThePickerOpenWithItsReason()
    {
        var (toolkit, _, _) = await SeedAsync();
        var view = await ShortcutAsync("", "r-empty");
        Assert.Null(Block(view, SlackNoteModal.TextBlock)["element"]!["initial_value"]);

        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath,
            ModalPayloads.Submission(view, "V0NOTE001", new Dictionary<string, string> { [SlackNoteModal.CollaborationBlock] = toolkit.ToString("D") }));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.Equal("Please write the note: there is no text to add.", (string?)body["errors"]![SlackNoteModal.TextBlock]);
    }

    [Fact]
    public async Task ALongMessage_IsCutToSlacksInputLimit_AndTheHintSaysSo()
    {
        await SeedAsync();
        var longText = string.Concat(Enumerable.Repeat("The partner agreed to the poster. ", 120));

        var view = await ShortcutAsync(longText, "r-long");

        var input = Block(view, SlackNoteModal.TextBlock);
        Assert.Equal(longText.Trim()[..SlackNoteModal.MaxText], (string?)input["element"]!["initial_value"]);
        Assert.Contains($"only its first {SlackNoteModal.MaxText} fit here", (string?)input["hint"]!["text"], StringComparison.Ordinal);
        Assert.Empty(_slack.Refusals);
    }

    private static JsonObject Block(JsonObject view, string blockId) =>
        view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == blockId)!.AsObject();

    /// <summary>The user's two collaborations (the camp updated last) and another user's.</summary>
    private async Task<(Guid Toolkit, Guid Camp, Guid Other)> SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var user = SlackTurnHandler.UserKey(SlackBotFactory.Team, SlackBotFactory.User);
        CollaborationRow Row(string title, string owner, TimeSpan age) => new()
        {
            Id = Guid.NewGuid(),
            Title = title,
            Status = CollaborationStatus.Submitted,
            CreatedByChannel = ChannelIds.Slack,
            CreatedByUserId = owner,
            CreatedByName = "Ada",
            ConversationKey = $"{ChannelIds.Slack}:{owner}",
            CreatedAt = now - TimeSpan.FromDays(10),
            UpdatedAt = now - age,
            SubmittedAt = now - age,
        };
        // Starts the host, which migrates the database.
        await _bot.Services.GetRequiredService<DatabaseStatus>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var toolkit = Row("Asthma school toolkit", user, TimeSpan.FromDays(3));
        var camp = Row("Diabetes camp leaflet", user, TimeSpan.FromHours(1));
        var other = Row("Someone else's plan", SlackTurnHandler.UserKey(SlackBotFactory.Team, "U0OTHER01"), TimeSpan.Zero);
        await using var db = await _bot.Database.CreateContextAsync();
        db.Collaborations.AddRange(toolkit, camp, other);
        await db.SaveChangesAsync();
        return (toolkit.Id, camp.Id, other.Id);
    }

    /// <summary>Uses the shortcut on a message and returns the modal it opened (as views.open received it).</summary>
    private async Task<JsonObject> ShortcutAsync(string text, string responseId)
    {
        var before = _slack.Api("views.open").Count;
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath,
            HomePayloads.MessageShortcut(SlackNoteShortcut.CallbackId, text, _slack.ResponseUrl(responseId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var opened = _slack.Api("views.open");
        Assert.Equal(before + 1, opened.Count);
        return opened[^1].Body["view"]!.AsObject();
    }

    private async Task SubmitAsync(JsonObject view, string collaboration, string text)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, ModalPayloads.Submission(view, "V0NOTE001",
            new Dictionary<string, string> { [SlackNoteModal.CollaborationBlock] = collaboration, [SlackNoteModal.TextBlock] = text }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}
