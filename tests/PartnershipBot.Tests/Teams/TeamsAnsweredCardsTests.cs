using System.Text.Json.Nodes;
using PartnershipBot.Tests.Teams.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Issue 16's "done when" in Teams: after the whole interview (typed answers, clicks, help, back) and after a quiz,
/// no question card the bot posted still has live controls; each shows its question with the answer, or
/// "Skipped" / "Cancelled".
/// </summary>
public sealed class TeamsAnsweredCardsTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task WholeInterviewAndQuiz_NoAnsweredQuestionCardKeepsLiveControls()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);
        await chat.InstallAsync();
        await chat.ReviewUpToOwnerAsync();

        // A question asked twice (help), one left with back and answered again, the rest typed.
        await chat.SayAsync("help");
        await chat.SayAsync("yes");
        await chat.SayAsync("back");
        await chat.SayAsync("yes");
        foreach (var answer in UkGrantInterview.AfterEndDate.Skip(1))
        {
            await chat.SayAsync(answer);
        }

        Assert.Contains("Checklist: Asthma school toolkit", string.Concat((await chat.SayAsync("submit")).Select(TeamsChat.Text)), StringComparison.Ordinal);
        var cards = QuestionCards();
        Assert.True(cards.Count >= 12, $"the interview asks most questions on cards ({cards.Count})");
        Assert.Empty(Live(cards));

        await chat.SayAsync("quiz");
        for (var n = 0; n < 5; n++)
        {
            await chat.SayAsync("1");
        }

        Assert.Empty(Live(QuestionCards()));
    }

    /// <summary>Every question card posted, by activity id, as it looks now (after any update in place).</summary>
    private Dictionary<string, JsonNode> QuestionCards()
    {
        var requests = _fake.ConnectorRequests;
        var questions = new HashSet<string>();
        var current = new Dictionary<string, JsonNode>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var content = request.Json["attachments"]?[0]?["content"];
            if (request.Method == "PUT")
            {
                current[request.Path[(request.Path.LastIndexOf('/') + 1)..]] = content ?? new JsonObject();
                continue;
            }

            // The connector fake numbers the activities it accepts in order, as TeamsChat does.
            var id = $"activity-{i + 1}";
            if (content is not null && content.ToJsonString().Contains("\"prompt\":", StringComparison.Ordinal))
            {
                questions.Add(id);
                current[id] = content;
            }
        }

        return questions.ToDictionary(id => id, id => current[id]);
    }

    private static List<string> Live(Dictionary<string, JsonNode> cards) =>
        [.. cards.Where(c => c.Value["actions"] is not null || c.Value.ToJsonString().Contains("\"Input.", StringComparison.Ordinal)
            || !(c.Value.ToJsonString().Contains("Your answer:", StringComparison.Ordinal) || c.Value.ToJsonString().Contains("**Skipped**", StringComparison.Ordinal)))
            .Select(c => $"{c.Key}: {c.Value.ToJsonString()}")];
}
