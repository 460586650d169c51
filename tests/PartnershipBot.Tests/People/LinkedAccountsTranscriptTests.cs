using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Teams;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.People;

/// <summary>
/// Dana links her Teams and Slack accounts through the real endpoints of one host (Teams activities on
/// /api/messages, signed Slack events on /slack/events), and `list` in Slack shows what she planned in Teams.
/// </summary>
public sealed partial class LinkedAccountsTranscriptTests : IAsyncLifetime
{
    private const string SlackAccount = $"{SlackBotFactory.Team}:{SlackBotFactory.User}";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeBotFramework _teams = null!;
    private FakeSlackApi _slack = null!;
    private TeamsBotFactory _bot = null!;
    private int _event;

    public async Task InitializeAsync()
    {
        _teams = await FakeBotFramework.StartAsync();
        _slack = await FakeSlackApi.StartAsync();
        _bot = new TeamsBotFactory(_teams)
        {
            Settings = new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = SlackBotFactory.Secret,
                ["Slack:BotToken"] = "xoxb-test-token",
                ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.AbsoluteUri,
            },
        };
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task PlannedInTeams_LinkedWithACode_SlackListShowsIt()
    {
        var teams = new TeamsChat(_bot, _teams);
        await teams.SayAsync("new");
        await teams.SayAsync("Asthma school toolkit");

        // Teams: `link` gives the code, and the open question is asked again after it.
        var offer = TeamsChat.Text((await teams.SayAsync("link"))[0]);
        Assert.Contains("Within 10 minutes, type", offer, StringComparison.Ordinal);
        var code = Code(offer);

        // Slack, before linking: nothing planned there.
        var before = await SlackSayAsync("list", "You have no collaborations yet.");
        Assert.DoesNotContain("Asthma school toolkit", before, StringComparison.Ordinal);

        // Slack: the code joins the accounts; `list` now shows the Teams draft.
        await SlackSayAsync($"link {code}", "Linked: this Slack account and your Teams account are now one person.");
        await SlackSayAsync("list", "Asthma school toolkit");
        await SlackSayAsync($"link {code}", "These accounts are already linked.");

        await using var db = await _bot.Database.CreateContextAsync();
        var accounts = await db.PersonAccounts.ToListAsync();
        Assert.Equal(2, accounts.Count);
        Assert.Contains(accounts, a => a.Channel == "slack" && a.UserId == SlackAccount);
        Assert.Contains(accounts, a => a.Channel == "msteams" && a.UserId == "29:1xYz-personal-user-id");
        // The collaboration stays the Teams account's: the audit trail names who acted where.
        var collaboration = await db.Collaborations.SingleAsync();
        Assert.Equal(("msteams", "29:1xYz-personal-user-id"), (collaboration.CreatedByChannel, collaboration.CreatedByUserId));
    }

    /// <summary>A DM to the bot through the signed events endpoint; waits for a post saying <paramref name="expected"/> and returns what was posted since the DM.</summary>
    private async Task<string> SlackSayAsync(string text, string expected)
    {
        var before = _slack.Api("chat.postMessage").Count;
        var body = SlackPayloads.DirectMessage($"Ev{_run}{++_event}", text);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackServices.EventsPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(SlackBotFactory.Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        using var response = await _bot.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Posted() => string.Join("\n", _slack.Api("chat.postMessage").Skip(before).Select(p => (p["text"] ?? "") + "\n" + p.Body["blocks"]?.ToJsonString()));
        try
        {
            await _slack.WaitForAsync(_ => Posted().Contains(expected, StringComparison.Ordinal));
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No post said \"{expected}\"; posted: {Posted()}");
        }

        return Posted();
    }

    private static string Code(string reply)
    {
        var match = CodePattern().Match(reply);
        Assert.True(match.Success, reply);
        return $"{match.Groups[1].Value}-{match.Groups[2].Value}";
    }

    [GeneratedRegex(@"\b([A-Z2-9]{4})\\?-([A-Z2-9]{4})\b")]
    private static partial Regex CodePattern();
}
