using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Partnerships;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// The message shortcut "Add to a collaboration" through the real interactions endpoint: the message's text becomes a
/// note of the user's current collaboration (answered ephemerally where the shortcut was used), and, as free text, is
/// read by the safety check like anything typed.
/// </summary>
public sealed class SlackNoteShortcutTests : IAsyncLifetime
{
    private const string SideEffect = "Update from the clinic: one of the parents said her son fainted twice after the first injection";

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
    public async Task NoCollaborationYet_TheNoteIsRefusedWithWhatToDo()
    {
        await ShortcutAsync("The partner agreed to the poster", "r-none");

        var reply = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-none");
        Assert.Contains("no collaborations yet", reply.Body.ToJsonString(), StringComparison.Ordinal);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal(0, await db.CollaborationNotes.CountAsync());
    }

    [Fact]
    public async Task MessageShortcut_AddsTheNote_AndASideEffectInItIsReported()
    {
        await SayAsync("new");
        await SayAsync("Asthma school toolkit");

        await ShortcutAsync("The partner agreed to <b>a joint poster</b> &amp; a leaflet", "r-note");
        var added = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-note");
        Assert.Contains("Added to \\u0022Asthma school toolkit\\u0022 as a note", added.Body.ToJsonString(), StringComparison.Ordinal);

        await ShortcutAsync(SideEffect, "r-safety");
        var reported = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-safety");
        Assert.Contains("This may be safety information", reported.Body.ToJsonString(), StringComparison.Ordinal);

        await using var db = await _bot.Database.CreateContextAsync();
        var collaboration = await db.Collaborations.SingleAsync();
        var notes = await db.CollaborationNotes.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(["The partner agreed to <b>a joint poster</b> & a leaflet", SideEffect], notes.Select(n => n.Text));
        Assert.All(notes, n => Assert.Equal(collaboration.Id, n.CollaborationId));
        Assert.All(notes, n => Assert.Equal(SlackNoteShortcut.Source, n.Source));
        var report = await db.SafetyReports.SingleAsync();
        Assert.Contains("fainted", report.Text, StringComparison.Ordinal);
        Assert.Equal(SafetyReportStatus.Pending, report.Status);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "note.added"));
        Assert.Empty(_slack.Refusals);
    }

    private async Task ShortcutAsync(string text, string responseId)
    {
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath,
            HomePayloads.MessageShortcut(SlackNoteShortcut.CallbackId, text, _slack.ResponseUrl(responseId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SayAsync(string text)
    {
        var id = $"Ev{++_event}{_run}";
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }
}
