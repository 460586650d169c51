using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Reminders.Support;

/// <summary>
/// The reminder sweep on a real database (SQLite unless a subclass passes another) and a fake clock (Monday 4 January 2027, 08:00 UTC), with a
/// recording channel for owners and a Slack compliance contact that records into the same log.
/// </summary>
public abstract class SweepHarness : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));

    protected RecordingReminderChannel Channel { get; } = new();

    protected SweepHarness()
        : this(new TempDatabase())
    {
    }

    /// <summary>The sweep on another database (PostgreSQL: see OnPostgreSqlTests).</summary>
    protected SweepHarness(TempDatabase database) => Database = database;

    protected TempDatabase Database { get; }

    protected BotServices Bot { get; private set; } = null!;

    protected IServiceProvider Services => Bot.Services;

    public async Task InitializeAsync() => Bot = await BotServices.StartAsync(Database, services =>
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ReminderDeliveryLedger>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<IReminderChannel>(Channel);
        services.AddSingleton<IReminderChannel>(new ForwardingChannel("slack", Channel));
    }, new Dictionary<string, string?>
    {
        ["Reminders:Compliance:Channel"] = "slack",
        ["Reminders:Compliance:ConversationId"] = "C0COMPLIANCE",
    });

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        Database.Dispose();
    }

    protected Task<int> SweepAsync() => Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

    /// <summary>Types a message as the owner and returns the text replies.</summary>
    protected async Task<string> SayAsync(string text)
    {
        var processor = Services.GetRequiredService<ITurnProcessor>();
        var turn = ReminderTurns.Click("unused", Guid.Empty, Clock.GetUtcNow()) with { Action = null, Text = text };
        return string.Join("\n", (await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None)).Select(r => r switch
        {
            TextReply t => t.Text,
            CardReply c => string.Join("\n", [c.Card.Title, c.Card.Text, .. c.Card.Sections.Select(x => $"{x.Heading}\n{x.Text}")]),
            _ => "",
        }));
    }
}
