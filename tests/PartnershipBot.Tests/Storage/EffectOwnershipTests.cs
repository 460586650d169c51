using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Data;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Storage;

/// <summary>
/// A collaboration belongs to the user who created it: an effect or a card action naming someone else's
/// collaboration id changes nothing (as the obligation handlers already refuse foreign obligations).
/// </summary>
public sealed class EffectOwnershipTests : IDisposable
{
    private static readonly Guid AliceCollaboration = Guid.Parse("0b7c5f3e-2f51-4d8e-9a57-6a3d1c1e9a01");
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private static ChecklistItemRecord Item(bool done = false, string? by = null) =>
        new() { ItemId = "written_agreement", Text = "Sign the written agreement", Source = "abpi-2024", Owner = "Alice", Done = done, DoneBy = by };

    /// <summary>Alice's turns save her draft; bob's turns carry the effects under test, aimed at her id.</summary>
    private Task<BotServices> StartAsync(Func<Turn, IEnumerable<Effect>> bobEffects) =>
        BotServices.StartAsync(database, s => s.AddSingleton<ITurnRunner>(sp => new EffectingRunner(new DialogTurnRunner(sp.GetRequiredService<DialogRunner>()), turn =>
            turn.User.Id == "alice"
                ? [new SaveCollaboration(AliceCollaboration, "Alice's review", CollaborationStatus.Draft, Answers.Empty, [Item()], "Alice", turn.Timestamp)]
                : bobEffects(turn))));

    [Fact]
    public async Task SaveCollaboration_OfAnotherUsersId_ChangesNothing()
    {
        await using var bot = await StartAsync(turn =>
            [new SaveCollaboration(AliceCollaboration, "Taken over by bob", CollaborationStatus.Draft, Answers.Empty, [Item(done: true, by: "Bob")], "Bob", turn.Timestamp)]);
        var processor = bot.Get<ITurnProcessor>();
        await processor.ProcessAsync(TestTurns.Message("help", user: "alice"), new RecordingSender(), CancellationToken.None);

        await processor.ProcessAsync(TestTurns.Message("help", user: "bob"), new RecordingSender(), CancellationToken.None);

        await AssertUntouchedAsync(bot);
    }

    [Fact]
    public async Task SetChecklistItem_OfAnotherUsersCollaboration_ChangesNothing()
    {
        await using var bot = await StartAsync(turn => [new SetChecklistItem(AliceCollaboration, "written_agreement", true, "Bob", turn.Timestamp)]);
        var processor = bot.Get<ITurnProcessor>();
        await processor.ProcessAsync(TestTurns.Message("help", user: "alice"), new RecordingSender(), CancellationToken.None);

        await processor.ProcessAsync(TestTurns.Message("help", user: "bob"), new RecordingSender(), CancellationToken.None);

        await AssertUntouchedAsync(bot);
    }

    [Fact]
    public async Task ChecklistSaveAction_WithAnotherUsersCollaborationId_IsRefusedAndChangesNothing()
    {
        await using var bot = await StartAsync(_ => []);
        var processor = bot.Get<ITurnProcessor>();
        await processor.ProcessAsync(TestTurns.Message("help", user: "alice"), new RecordingSender(), CancellationToken.None);
        var click = TestTurns.Message("", user: "bob") with
        {
            Action = new UserAction(CardIds.ChecklistSave, new Dictionary<string, string>
            {
                [PartnershipCards.CollaborationValue] = AliceCollaboration.ToString("N"),
                [CardIds.ChecklistItemPrefix + "written_agreement"] = "true",
            }),
        };
        var sender = new RecordingSender();

        await processor.ProcessAsync(click, sender, CancellationToken.None);

        Assert.Contains(sender.Texts, t => t.Contains("That checklist is no longer available", StringComparison.Ordinal));
        await AssertUntouchedAsync(bot);
    }

    private static async Task AssertUntouchedAsync(BotServices bot)
    {
        await using var db = await bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var row = await db.Collaborations.SingleAsync();
        Assert.Equal("Alice's review", row.Title);
        Assert.Equal("alice", row.CreatedByUserId);
        var item = await db.ChecklistItems.SingleAsync();
        Assert.False(item.Done);
        Assert.Null(item.DoneBy);
        Assert.DoesNotContain(await db.AuditEvents.Select(a => a.Actor).ToListAsync(), a => a == "Bob");
    }
}
