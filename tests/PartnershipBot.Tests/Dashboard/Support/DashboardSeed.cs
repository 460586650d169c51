using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Channels.Console;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// Collaborations made the way people make them: review interviews typed into the terminal chat on the real
/// dialogs and database. Dates are relative to today, so "overdue" and "upcoming" hold on any day the tests run.
/// </summary>
public static class DashboardSeed
{
    public const string Asthma = "Asthma school toolkit";
    public const string Clinic = "Clinic outreach fund";
    public const string Registry = "Rare disease registry";
    public const string DraftTitle = "Draft travel grant idea";

    /// <summary>A partner name that a spreadsheet would run as a formula.</summary>
    public const string FormulaPartner = "=HYPERLINK(\"http://evil.example\",\"x\")";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Last calendar year: dana's two collaborations ran in it, so their disclosures are due this year.</summary>
    public static int LastYear => Today.Year - 1;

    public static async Task SeedAsync(TempDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var lastYear = LastYear;
        await ChatAsync(database, "dana", Review(Asthma, "Breathe Easy UK", partnerType: "Patient organisation", "GB", new DateOnly(lastYear, 3, 1), new DateOnly(lastYear, 12, 31),
            amount: "25000", currency: 1, outcome: "Children with asthma miss fewer school days", reviews: "quarterly", agreement: "drafted") + "checklist\ndone 2\n");
        await ChatAsync(database, "dana", Review(Clinic, FormulaPartner, partnerType: "Patient advocacy group", "NO", new DateOnly(lastYear, 6, 1), new DateOnly(lastYear, 11, 30),
            amount: "5000", currency: 2, outcome: "+Fewer missed appointments in rural clinics", reviews: "not planned yet", agreement: "signed"));
        await ChatAsync(database, "erin", Review(Registry, "Registry Friends", partnerType: "Scientific or professional society", "US", Today.AddDays(120), Today.AddDays(400),
            amount: "100000", currency: 3, outcome: "Families find a specialist within a month", reviews: "quarterly", agreement: "signed"));
        await ChatAsync(database, "erin", $"new\n{DraftTitle}\ncancel\n");
        await SendDueRemindersAsync(database, "dana");
    }

    /// <summary>
    /// A reminder sweep as the host runs it, a little over a week from now (when the weekly overdue reminders are due),
    /// while the owner has the terminal chat open: delivery records and "reminded" events, as in production.
    /// </summary>
    public static async Task SendDueRemindersAsync(TempDatabase database, string user)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(8));
        var console = new ConsoleReminderChannel();
        await using var bot = await BotServices.StartAsync(database, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<ReminderMessages>();
            services.AddSingleton<ReminderDeliveryLedger>();
            services.AddSingleton<ReminderDispatcher>();
            services.AddSingleton<IReminderChannel>(console);
        });
        using var session = console.Attach(user, (_, _) => Task.CompletedTask);
        if (await bot.Get<ReminderDispatcher>().RunDueAsync(ChannelIds.Console, CancellationToken.None) == 0)
        {
            throw new InvalidOperationException("The seed sweep delivered no reminder.");
        }
    }

    /// <summary>
    /// The domestic review interview, one answer a line (choices by title or number), the partner based in the one
    /// country the work covers, a grant paid ten days after the start by the company there, then submit.
    /// </summary>
    internal static string Review(string title, string partner, string partnerType, string country, DateOnly start, DateOnly end,
        string amount, int currency, string outcome, string reviews, string agreement) => string.Join('\n',
        "new", title, partner, partnerType, "1", country, country, Iso(start), Iso(end), "yes", "grant", amount,
        currency.ToString(CultureInfo.InvariantCulture), "one payment", Iso(start.AddDays(10)), "local", outcome, "yes", "1,4", "1,3", "A steering group with two parents",
        reviews, agreement, "both", "yes",
        "A joint poster at the national conference", "submit") + "\n";

    private static async Task ChatAsync(TempDatabase database, string user, string script)
    {
        await using var bot = await BotServices.StartAsync(database);
        using var output = new StringWriter();
        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync(user, new StringReader(script + "quit\n"), output, interactive: false, CancellationToken.None);
        var transcript = output.ToString();
        if (transcript.Contains("Sorry", StringComparison.Ordinal) || (script.Contains("submit", StringComparison.Ordinal) && !transcript.Contains("Submitted", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("The seed interview did not go through:\n" + transcript);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
