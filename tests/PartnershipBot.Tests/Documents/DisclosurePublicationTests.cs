using System.Diagnostics;
using System.Text;
using MiniExcelLibs;
using PartnershipBot.Documents;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Documents;

/// <summary>The year's disclosure publication on a real database: payment years, what is left out, "to check", safe cells, speed.</summary>
public sealed class DisclosurePublicationTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Publication_ByPaymentYear_LeavesOutDraftsAndSeparatesWhatNeedsACheck()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddDocuments());
        var cases = DocumentScenarios.Cases;
        await DocumentScenarios.StoreAsync(database, "UK grant", cases["uk-patient-organisation-grant"]);
        await DocumentScenarios.StoreAsync(database, "Society congress", cases["uk-society-sponsorship"]);
        await DocumentScenarios.StoreAsync(database, "Paid before start", cases["grant-paid-before-start"]);
        await DocumentScenarios.StoreAsync(database, "Three countries", cases["multi-country-gb-no-us"]);
        await DocumentScenarios.StoreAsync(database, "Advisory board", cases["contracted-advisory-board"]);
        await DocumentScenarios.StoreAsync(database, "German grant", cases["german-patient-organisation"]);
        await DocumentScenarios.StoreAsync(database, "Unfinished", cases["uk-patient-organisation-grant"].With("partner", "Draft Partner"), status: "Draft");
        await DocumentScenarios.StoreAsync(database, "Withdrawn one", cases["uk-patient-organisation-grant"].With("partner", "Withdrawn Partner"), status: "Withdrawn");
        await DocumentScenarios.StoreAsync(database, "Old answers", cases["uk-patient-organisation-grant"].With("partner", "Legacy Partner").Without("payment_timing").Without("payment_date"));

        var publication = await bot.Get<DisclosurePublisher>().BuildAsync(2027, "gb", CancellationToken.None);

        // Paid in December 2027 for a 2028 project: 2027's publication. The German grant is not GB's.
        Assert.Equal(
            [("gb-healthcare-organisations", "British Thoracic Society"), ("gb-patient-organisations", "Breathe Easy UK"), ("gb-patient-organisations", "Breathe Easy UK"), ("gb-patients-public", "Six patients (advisory board)")],
            publication.Lines.Select(l => (l.List, l.Organisation)));
        Assert.Equal(["Legacy Partner", "Nordic-Atlantic Asthma Alliance"], publication.ToCheck.Select(l => l.Organisation));
        Assert.Contains("project dates", publication.ToCheck[0].Reason, StringComparison.Ordinal);
        Assert.Contains("several years (2027 and 2028)", publication.ToCheck[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(publication.Lines.Concat(publication.ToCheck), l => l.Organisation is "Draft Partner" or "Withdrawn Partner");
        Assert.Contains(new PublicationTotal("gb-patient-organisations", "GBP", 2, 50000), publication.Totals);
        Assert.Equal(DisclosurePublisher.MethodologyPlaceholder, publication.MethodologyNote);

        // Disclosure follows where the partner is based: the US partner is not on GB's list, and the US rule is unconfirmed.
        await DocumentScenarios.StoreAsync(database, "US based", cases["uk-patient-organisation-grant"].With("partner", "US Partner").With("partner_country", "US"));
        Assert.DoesNotContain((await bot.Get<DisclosurePublisher>().BuildAsync(2027, "GB", CancellationToken.None)).Lines, l => l.Organisation == "US Partner");
        var us = await bot.Get<DisclosurePublisher>().BuildAsync(2027, "US", CancellationToken.None);
        Assert.Empty(us.Lines);
        var unconfirmed = Assert.Single(us.ToCheck);
        Assert.Contains("is not confirmed against the code's text", unconfirmed.Reason, StringComparison.Ordinal);

        var germany = await bot.Get<DisclosurePublisher>().BuildAsync(2027, "DE", CancellationToken.None);
        Assert.Contains("'de-code-unknown' is not confirmed", Assert.Single(germany.ToCheck).Reason, StringComparison.Ordinal);

        await DocumentScenarios.StoreAsync(database, "French grant", cases["uk-patient-organisation-grant"].With("partner", "Partenaire").With("countries", "FR").With("partner_country", "FR"));
        var france = await bot.Get<DisclosurePublisher>().BuildAsync(2027, "FR", CancellationToken.None);
        Assert.Contains("No disclosure rule is configured for FR", Assert.Single(france.ToCheck).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_WithFormulasAndMarkupInAnswers_WritesThemAsInertText()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddDocuments());
        const string partner = "=HYPERLINK(\"http://evil.example\",\"x\")";
        const string outcome = "<script>alert(1)</script> & \"quotes\" مرحبا 😀";
        await DocumentScenarios.StoreAsync(database, "@SUM(A1)", DocumentScenarios.Cases["uk-patient-organisation-grant"].With("partner", partner).With("patient_outcome", outcome));
        await DocumentScenarios.StoreAsync(database, "+Tab", DocumentScenarios.Cases["multi-country-gb-no-us"].With("partner", "-2+3").With("patient_outcome", "\tcmd"));
        var publication = await bot.Get<DisclosurePublisher>().BuildAsync(2027, "GB", CancellationToken.None);

        using var xlsx = new MemoryStream();
        await PublicationWriter.WriteAsync(publication, "xlsx", xlsx, CancellationToken.None);
        xlsx.Position = 0;
        var published = xlsx.Query(useHeaderRow: true, sheetName: "Publication").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("'" + partner, published["Organisation"]);
        Assert.Equal("'@SUM(A1): " + outcome, published["Description"]);
        Assert.Equal(25000m, Convert.ToDecimal(published["Amount"], System.Globalization.CultureInfo.InvariantCulture));
        xlsx.Position = 0;
        var check = xlsx.Query(useHeaderRow: true, sheetName: "To check").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("'-2+3", check["Organisation"]);
        Assert.Equal("'+Tab: \tcmd", check["Description"]);

        using var csv = new MemoryStream();
        await PublicationWriter.WriteAsync(publication, "csv", csv, CancellationToken.None);
        var csvText = Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("'=HYPERLINK(", csvText, StringComparison.Ordinal);
        Assert.Contains("'-2+3", csvText, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csvText, StringComparison.Ordinal);

        var html = PublicationWriter.Html(publication);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; مرحبا 😀", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("-2+3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_OfFiveThousandCollaborations_IsBuiltAndWrittenInAFewSeconds()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddDocuments());
        await using (var db = await database.CreateContextAsync())
        {
            var answers = DocumentScenarios.Cases["uk-patient-organisation-grant"];
            for (var i = 0; i < 5000; i++)
            {
                DocumentScenarios.Add(db, Guid.NewGuid(), $"Collaboration {i}", answers.With("partner", $"Partner {i}"), "Submitted", "console", "dana", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        var publication = await bot.Get<DisclosurePublisher>().BuildAsync(2027, "GB", CancellationToken.None);
        using var xlsx = new MemoryStream();
        await PublicationWriter.WriteAsync(publication, "xlsx", xlsx, CancellationToken.None);
        clock.Stop();

        Assert.Equal(5000, publication.Lines.Count);

        // Generous: about a second on a quiet machine; the bound only catches a per-collaboration query or worse.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
