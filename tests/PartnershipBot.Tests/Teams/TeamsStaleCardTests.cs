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
        foreach (var answer in new[] { "grant", "25000", "GBP", "one payment", "2027-03-15", "local", "Children with asthma miss fewer school days" })
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

    [Fact]
    public async Task TypedAnswer_AtACardQuestion_UpdatesThatCardWithTheAnswer()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);
        await chat.InstallAsync();
        await chat.SayAsync("new");
        await chat.SayAsync("Asthma school toolkit");
        var partnerType = (await chat.SayAsync("Breathe Easy UK")).Single();
        Assert.Contains("What kind of organisation is the partner?", Text(partnerType), StringComparison.Ordinal);

        var scope = (await chat.SayAsync("patient organisation")).Single();
        Assert.Contains("Domestic", Text(scope), StringComparison.Ordinal);

        // The card of the question answered by typing is updated in place (PUT on its activity), no controls left.
        var (updatedId, updated) = Assert.Single(chat.Updated);
        Assert.Equal((string)partnerType["_id"]!, updatedId);
        var content = updated["attachments"]![0]!["content"]!;
        Assert.Contains("What kind of organisation is the partner?", content.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("**Your answer:** Patient organisation", content.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(content["actions"]);
        Assert.DoesNotContain("Input.", content.ToJsonString(), StringComparison.Ordinal);

        // Leaving a question with a command closes its card the same way.
        var cancelled = await chat.SayAsync("cancel");
        Assert.Contains("Okay, I cancelled that.", Text(Assert.Single(cancelled)), StringComparison.Ordinal);
        var (closedId, closed) = Assert.Single(chat.Updated);
        Assert.Equal((string)scope["_id"]!, closedId);
        Assert.Contains("**Cancelled**", closed["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(closed["attachments"]![0]!["content"]!["actions"]);
    }

    [Fact]
    public async Task TypedAnswer_AfterTheQuestionWasAskedTwice_UpdatesBothOfItsCards()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);
        await chat.InstallAsync();
        var first = (await chat.SayAsync("quiz")).Single();
        var again = (await chat.SayAsync("help"))[^1];
        Assert.Contains("Question 1 of 5", Text(again), StringComparison.Ordinal);

        var next = await chat.SayAsync("1");
        Assert.Contains("Question 2 of 5", Text(next[^1]), StringComparison.Ordinal);
        Assert.Equal(
            new[] { (string)first["_id"]!, (string)again["_id"]! }.Order(StringComparer.Ordinal),
            chat.Updated.Select(u => u.ActivityId).Order(StringComparer.Ordinal));
        Assert.All(chat.Updated, u => Assert.Contains("**Your answer:**", u.Activity.ToJsonString(), StringComparison.Ordinal));
    }
}
