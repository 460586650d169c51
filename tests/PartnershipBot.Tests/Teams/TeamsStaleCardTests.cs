using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// Issue 16 in Teams, the real dialogs and database behind /api/messages: a clicked question card is replaced in
/// place by its answer, and a click on an answered card never answers the question that is open now.
/// </summary>
public sealed class TeamsStaleCardTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static string Text(JsonNode activity) => TeamsChat.Text(activity);

    [Fact]
    public async Task OwnerCardClickedAgain_WhilePatientsSetObjectivesIsOpen_RecordsNothingAndShowsTheOpenQuestion()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);
        await chat.InstallAsync();
        var owner = await chat.ReviewUpToOwnerAsync();
        Assert.Contains("Are you the project owner?", Text(owner), StringComparison.Ordinal);

        // Answering on the card replaces it in place: the question and the answer, no buttons.
        var support = await chat.ClickAsync(owner, "Yes");
        Assert.Contains("What kind of support", Text(support[^1]), StringComparison.OrdinalIgnoreCase);
        var (updatedId, updated) = Assert.Single(chat.Updated);
        Assert.Equal((string)owner["_id"]!, updatedId);
        var answeredCard = updated["attachments"]![0]!["content"]!;
        Assert.Contains("Are you the project owner?", answeredCard.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("**Your answer:** Yes", answeredCard.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(answeredCard["actions"]);

        JsonNode? objectives = null;
        foreach (var answer in new[] { "grant", "25000", "GBP", "one payment", "2027-03-15", "Children with asthma miss fewer school days" })
        {
            objectives = (await chat.SayAsync(answer))[^1];
        }

        Assert.Contains("Did patients help set the objectives?", Text(objectives!), StringComparison.Ordinal);

        var stale = await chat.ClickAsync(owner, "Yes");
        Assert.Equal(2, stale.Count);
        Assert.Contains("That card is from an earlier step", Text(stale[0]), StringComparison.Ordinal);
        Assert.Contains("Did patients help set the objectives?", Text(stale[1]), StringComparison.Ordinal);
        Assert.Empty(chat.Updated);
        await using (var db = await bot.Database.CreateContextAsync())
        {
            Assert.False(await db.Answers.AnyAsync(a => a.QuestionId == "patients_set_objectives"));
        }

        // The card of the open question still answers it.
        await chat.ClickAsync(stale[1], "Partly");
        await using (var db = await bot.Database.CreateContextAsync())
        {
            Assert.Equal("[\"partly\"]", (await db.Answers.SingleAsync(a => a.QuestionId == "patients_set_objectives")).ValuesJson);
        }
    }

    [Fact]
    public async Task QuizQuestionOneClickedAgain_WhileQuestionTwoIsOpen_DoesNotScoreQuestionTwo()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);
        await chat.InstallAsync();

        var first = (await chat.SayAsync("quiz")).Single();
        var afterFirst = await chat.PickFirstOptionAsync(first);
        Assert.Contains("Question 2 of 5", Text(afterFirst[^1]), StringComparison.Ordinal);
        Assert.Single(chat.Updated);

        var again = await chat.PickFirstOptionAsync(first);
        Assert.Equal(2, again.Count);
        Assert.Contains("That card is from an earlier step", Text(again[0]), StringComparison.Ordinal);
        Assert.Contains("Question 2 of 5", Text(again[1]), StringComparison.Ordinal);
        Assert.DoesNotContain(again, a => Text(a).Contains("Question 3 of 5", StringComparison.Ordinal));

        // Typing a command at a quiz question runs it and asks the question again.
        var reminders = await chat.SayAsync("reminders");
        Assert.DoesNotContain(reminders, a => Text(a).Contains("couldn't match", StringComparison.Ordinal));
        Assert.Contains("Question 2 of 5", Text(reminders[^1]), StringComparison.Ordinal);
    }
}
