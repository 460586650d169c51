using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders;
using PartnershipBot.Tests.Teams;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// A reminder is sent outside any turn, so it reads the language the Teams user's last activity carried (stored on
/// their users row): planned in English, then a message from a de-DE client, and the reminder that reaches the
/// loopback Bot Connector is German, dates and buttons included.
/// </summary>
public sealed class TeamsReminderInGermanTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task LastActivityInGerman_TheDueReminderIsGerman()
    {
        await using var bot = new TeamsBotFactory(fake) { Settings = new Dictionary<string, string?> { ["Approvals:SenderEnabled"] = "false" } };
        var chat = new TeamsChat(bot, fake);
        await chat.InstallAsync();
        await TeamsReminderDeliveryTests.SubmitGrantAsync(chat);
        chat.Locale = "de-DE";
        await chat.SayAsync("help");

        await using (var db = await bot.Database.CreateContextAsync())
        {
            var agreement = await db.Obligations.SingleAsync(o => o.Key == "written_agreement");
            var first = await db.Reminders.Where(r => r.ObligationId == agreement.Id).OrderBy(r => r.SendAt).FirstAsync();
            first.SendAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        var arrived = fake.WaitForAsync(r => r.Path.EndsWith("/activities", StringComparison.Ordinal) && r.Body.Contains("Erinnerung: Written agreement", StringComparison.Ordinal));
        await bot.Services.GetRequiredService<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);
        var reminder = (await arrived.WaitAsync(TimeSpan.FromSeconds(20))).Json.ToJsonString(Readable);

        Assert.Contains("Dieser Transparenzschritt steht bevor. Markieren Sie ihn als erledigt, sobald er abgeschlossen ist.", reminder, StringComparison.Ordinal);
        Assert.Contains("8. März 2027", reminder, StringComparison.Ordinal);
        Assert.Contains("\"Zusammenarbeit\"", reminder, StringComparison.Ordinal);
        Assert.Contains("\"Checkliste öffnen\"", reminder, StringComparison.Ordinal);
        Assert.Contains("\"1 Woche zurückstellen\"", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("This transparency step", reminder, StringComparison.Ordinal);
    }
}
