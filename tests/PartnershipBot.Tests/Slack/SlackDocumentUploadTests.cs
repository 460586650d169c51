using System.Net;
using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Documents;
using PartnershipBot.Tests.Documents;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>`agreement` in a Slack DM: the draft arrives as a file through Slack's upload flow, checked call by call.</summary>
public sealed class SlackDocumentUploadTests : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack);
        _bot.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Agreement_InTheDm_UploadsTheDraftAndSharesItInTheDm()
    {
        var answers = DocumentScenarios.Cases["uk-patient-organisation-grant"];
        await DocumentScenarios.StoreAsync(_bot.Database, "Asthma & <schools>", answers, channel: "slack", user: $"{SlackBotFactory.Team}:{SlackBotFactory.User}");

        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage("EvDoc" + _run, "agreement"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var complete = await _slack.WaitForApiAsync("files.completeUploadExternal");
        var ticket = Assert.Single(_slack.Api("files.getUploadURLExternal"));
        Assert.Equal("agreement-draft-asthma-schools.docx", ticket["filename"]);
        Assert.Equal("Bearer xoxb-test-token", ticket.Authorization);
        var file = Assert.Single(complete.Body["files"]!.AsArray())!;
        var bytes = _slack.Uploads[(string)file["id"]!];
        Assert.Equal(ticket["length"], bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(FakeSlackApi.DmChannel, complete["channel_id"]);
        Assert.Equal("Written agreement (draft): Asthma & <schools>", (string)file["title"]!);
        Assert.Contains("Breathe Easy UK", DocxText.Extract(bytes), StringComparison.Ordinal);

        // The explanation is a message; the file is not also posted as a fallback text.
        var post = await _slack.WaitForApiAsync("chat.postMessage", c => c["text"]?.Contains("draft of the written agreement", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(_slack.Api("chat.postMessage"), c => c["text"]?.Contains("Download agreement draft", StringComparison.Ordinal) == true);
        Assert.NotNull(post);
    }

    [Fact]
    public async Task Agreement_WhenSlackRefusesTheUpload_SaysWhereElseToGetIt()
    {
        _slack.Errors["files.getUploadURLExternal"] = "not_allowed_token_type";
        await DocumentScenarios.StoreAsync(_bot.Database, "Refused upload", DocumentScenarios.Cases["uk-patient-organisation-grant"], channel: "slack", user: $"{SlackBotFactory.Team}:{SlackBotFactory.User}");

        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage("EvRef" + _run, "agreement"), "application/json");

        var fallback = await _slack.WaitForApiAsync("chat.postMessage", c => c["text"]?.Contains("Download agreement draft", StringComparison.Ordinal) == true);
        Assert.Contains("/dashboard/collaborations/", fallback["text"], StringComparison.Ordinal);
        Assert.Empty(_slack.Api("files.completeUploadExternal"));
    }
}
