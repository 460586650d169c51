using System.Net;
using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackSlashCommandTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private async Task<JsonNode> SendAsync(string text, string responseId = "r1")
    {
        using var response = await _bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command(text, _slack.ResponseUrl(responseId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Theory]
    [InlineData("help")]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("checklist two")]
    public async Task Command_HelpOrUnknown_AnswersWithHelpAtOnce(string text)
    {
        var ack = await SendAsync(text);

        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.Contains("/partnership new", (string?)ack["text"], StringComparison.Ordinal);
        Assert.Contains("/partnership checklist [N]", (string?)ack["text"], StringComparison.Ordinal);
        Assert.Empty(_bot.Turns.Turns);
    }

    [Fact]
    public async Task Command_New_AcksThenRunsTheReviewInTheDm()
    {
        var ack = await SendAsync("new");

        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.Contains("direct message", (string?)ack["text"], StringComparison.Ordinal);
        var open = await _slack.WaitForApiAsync("conversations.open");
        Assert.Equal(SlackBotFactory.User, open["users"]);
        var turn = await _bot.Turns.WaitForAsync(t => t.Text == "new");
        Assert.Equal($"slack:{SlackBotFactory.Team}:{FakeSlackApi.DmChannel}", turn.Conversation.Key);
        Assert.Equal($"{SlackBotFactory.Team}:{SlackBotFactory.User}", turn.User.Id);
        Assert.Equal("Ada", turn.User.DisplayName);
        Assert.Equal("Europe/Berlin", turn.User.TimeZone);
        var post = await _slack.WaitForApiAsync("chat.postMessage");
        Assert.Equal(FakeSlackApi.DmChannel, post["channel"]);
        Assert.False(string.IsNullOrWhiteSpace(post["text"]));
        Assert.NotEmpty(post.Body["blocks"]!.AsArray());
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
    }

    [Fact]
    public async Task Command_NewWhenDmCannotBeOpened_ExplainsThroughResponseUrl()
    {
        _slack.Errors["conversations.open"] = "missing_scope";

        await SendAsync("new", "r-open");

        var reply = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-open");
        Assert.Contains("missing_scope", reply["text"], StringComparison.Ordinal);
        Assert.Empty(_bot.Turns.Turns);
    }

    [Theory]
    [InlineData("status", "status")]
    [InlineData("LIST", "list")]
    [InlineData("checklist 2", "checklist 2")]
    [InlineData("quiz", "quiz")]
    [InlineData("reminders", "reminders")]
    public async Task Command_Subcommand_RunsOnTheSlashConversationAndAnswersViaResponseUrl(string text, string turnText)
    {
        var ack = await SendAsync(text, "r-sub");

        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        var turn = await _bot.Turns.WaitForAsync(t => t.Text == turnText);
        Assert.Equal($"slack:{SlackBotFactory.Team}:{SlackBotFactory.User}:slash", turn.Conversation.Key);
        var reply = await _slack.WaitForAsync(c => c.Kind == "response" && c.Method == "r-sub");
        Assert.Equal("ephemeral", reply["response_type"]);
        Assert.False(string.IsNullOrWhiteSpace(reply["text"]));
        // A response_url carries its own authority: the bot token must never go there.
        Assert.True(string.IsNullOrEmpty(reply.Authorization));
    }

    [Fact]
    public async Task Command_WhileWebApiIsSlow_IsAcknowledgedAtOnce()
    {
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.Hold = slow;

        var ack = await SendAsync("new").WaitAsync(TimeSpan.FromSeconds(3));

        Assert.Contains("direct message", (string?)ack["text"], StringComparison.Ordinal);
        await _slack.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(slow.Task.IsCompleted);
        Assert.Empty(_slack.Calls);

        slow.SetResult();
        var post = await _slack.WaitForApiAsync("chat.postMessage");
        Assert.Equal(FakeSlackApi.DmChannel, post["channel"]);
    }
}
