using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// The real dialogs and database behind /api/messages (anonymous local mode, channel msteams): the whole review
/// with typing and card clicks, the checklist ticked on its card (Action.Execute refresh), and the quiz.
/// </summary>
public sealed class TeamsReviewTranscriptTests : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static string Text(JsonNode activity) => TeamsChat.Text(activity);

    [Fact]
    public async Task Review_ThroughCardsAndText_SubmitsTicksOnTheCardAndTakesTheQuiz()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var chat = new TeamsChat(bot, _fake);

        Assert.Contains("PartnershipBot", Text((await chat.InstallAsync()).Single()), StringComparison.Ordinal);
        await chat.ReviewUpToOwnerAsync();
        foreach (var answer in new[] { "yes", "grant", "25000", "GBP", "one payment", "2027-03-15", "local", "Children with asthma miss fewer school days", "yes" })
        {
            await chat.SayAsync(answer);
        }

        await chat.SayAsync("patient experts, HCPs");
        foreach (var answer in new[] { "fair-market-value payment", "A steering group with two parents", "quarterly", "drafted", "both", "yes" })
        {
            await chat.SayAsync(answer);
        }

        var review = await chat.SayAsync("A joint poster at the national asthma conference");
        Assert.Contains("Here are your answers", Text(review[0]), StringComparison.Ordinal);

        var submitted = await chat.SayAsync("submit");
        Assert.Equal(4, submitted.Count);
        Assert.Contains("R4 Be transparent and show the benefits", Text(submitted[1]), StringComparison.Ordinal);

        // After the assessment and the checklist: who reviews it (this host has no reviewers configured).
        Assert.Contains("It now waits for compliance review, but no reviewer is configured here: please contact the compliance team", Text(submitted[3]), StringComparison.Ordinal);
        var refreshed = await chat.ExecuteAsync(submitted[2], "Save", new() { ["item:written-agreement"] = "true" });
        Assert.Contains("1/", refreshed.ToJsonString(), StringComparison.Ordinal);

        await using (var db = await bot.Database.CreateContextAsync())
        {
            var item = await db.ChecklistItems.SingleAsync(i => i.ItemId == "written-agreement");
            Assert.True(item.Done);
            Assert.Equal("Submitted", (await db.Collaborations.SingleAsync()).Status);
        }

        var quiz = (await chat.SayAsync("quiz")).Single();
        var feedback = await chat.PickFirstOptionAsync(quiz);
        Assert.Matches("Correct|Not quite", Text(feedback[0]));
        Assert.Contains("Question 2 of 5", Text(feedback[^1]), StringComparison.Ordinal);
    }
}
