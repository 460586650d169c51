using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PartnershipBot.Dialogs;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Safety;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// Safety information typed by a user whose client is German: the notice they read is German (their turn's language), the
/// report pharmacovigilance receives is French because that team's inbox is configured so (Safety:Language), and
/// the user's text reaches it exactly as typed.
/// </summary>
public sealed class SafetyNoticesInTheirLanguageTests : IDisposable
{
    private const string SideEffect = "Patients told us the new tablets gave them severe rashes <!channel> *bold*";
    private readonly TempDatabase database = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task GermanUser_GetsAGermanNotice_PharmacovigilanceGetsItsReportInFrench()
    {
        await using var smtp = new TinySmtpServer();
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<TimeProvider>(clock), new Dictionary<string, string?>
        {
            ["Safety:Contact:Channel"] = "email",
            ["Safety:Contact:Address"] = "pv@example.com",
            ["Safety:Contact:Name"] = "Pharmakovigilanz, pv@example.com",
            ["Safety:Language"] = "fr",
            ["Safety:Smtp:Host"] = "127.0.0.1",
            ["Safety:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Safety:Smtp:Security"] = "None",
        });

        var turn = TestTurns.Message(SideEffect) with { User = new ChannelUser("console", "alice", "Alice", null, "de-DE"), Timestamp = clock.GetUtcNow() };
        var replies = await bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None);

        var notice = Assert.IsType<TextReply>(replies[0]).Text;
        Assert.StartsWith("**Dies könnte eine Sicherheitsinformation sein** (", notice, StringComparison.Ordinal);
        Assert.Matches(@"Sie wurde mit der Referenz \*\*PV-20261207-[2-9A-Z]{6}\*\* an Pharmakovigilanz, pv@example\.com weitergegeben\.", notice);
        Assert.Contains("Sicherheitsinformationen müssen dort innerhalb der Frist eingehen, die das Meldeverfahren Ihres Unternehmens vorgibt.", notice, StringComparison.Ordinal);
        Assert.Contains("geben Sie **safety note** und Ihren Text ein; die Meldung geht trotzdem hinaus.", notice, StringComparison.Ordinal);

        Assert.Equal(1, await bot.Get<SafetyReportSender>().SendDueAsync(CancellationToken.None));
        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(smtp.Messages))));
        Assert.StartsWith("Information de sécurité PV-20261207-", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Information de sécurité possible, saisie dans PartnershipBot. Le texte, tel qu'envoyé :", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(SideEffect, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Signalé par: Alice (console:alice)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reçu (UTC): 2026-12-07 09:30:00", mail.TextBody, StringComparison.Ordinal);
    }
}
