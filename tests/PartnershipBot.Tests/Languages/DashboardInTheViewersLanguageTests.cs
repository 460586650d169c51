using System.Globalization;
using System.Net;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Tests.Dashboard;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Texts;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// The dashboard in the browser's language (Accept-Language), or the one picked with the page's switch (?lang=,
/// kept in a cookie); English otherwise. A name the viewer typed stays HTML-encoded inside a translated sentence.
/// </summary>
[Collection(DashboardSiteCollection.Name)]
public sealed class DashboardInTheViewersLanguageTests(DashboardSite site)
{
    [Fact]
    public async Task Collaborations_WithAcceptLanguageGerman_AreInGerman()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await GetAsync(client, "/dashboard", "de-DE,de;q=0.9,en;q=0.5");

        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Zusammenarbeiten · PartnershipBot Compliance</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Zusammenarbeiten</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Filter anwenden</button>", html, StringComparison.Ordinal);
        Assert.Contains("Chris Compliance (Compliance: alle Zusammenarbeiten)", html, StringComparison.Ordinal);
        Assert.Matches(@"<p id=""count"" role=""status"">\d+ Zusammenarbeiten, Seite 1 von 1\.</p>", html);
        Assert.Contains("<caption id=\"collaborations-caption\">Zusammenarbeiten (zum Sortieren eine Spaltenüberschrift wählen)</caption>", html, StringComparison.Ordinal);
        Assert.Contains(">Nicht bewertet (Entwurf)<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Apply filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collaboration_WithAcceptLanguageFrench_IsInFrenchWithFrenchDates()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var id = await DashboardPageTests.IdOfAsync(client, DashboardSeed.Asthma);

        var html = await GetAsync(client, $"/dashboard/collaborations/{id}", "fr-FR");

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"facts-h\">Vue d’ensemble</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"audit-h\">Piste d’audit</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Télécharger le projet d’accord</a>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Statut</dt><dd>Soumise</dd>", html, StringComparison.Ordinal);
        Assert.Matches(@"<dt>Dates</dt><dd>du 1 mars \d{4} au 31 décembre \d{4}</dd>", html);
    }

    [Fact]
    public async Task ViewerName_WithMarkup_StaysEncodedInsideTheGermanSentence()
    {
        using var client = await site.SignInAsync("<script>alert(1)</script> Dana", "compliance");

        var html = await GetAsync(client, "/dashboard/calendar", "de");

        Assert.Contains("<h1>Offenlegungskalender</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Dana (Compliance: alle Zusammenarbeiten)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_OverridesTheBrowserAndIsRemembered()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var switched = await GetAsync(client, "/dashboard/exports?lang=fr", "de-DE");
        var next = await GetAsync(client, "/dashboard/exports", "de-DE");

        Assert.Contains("<h1>Exports</h1>", switched, StringComparison.Ordinal);
        Assert.Contains("Les en-têtes de colonnes restent en anglais dans toutes les langues", switched, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", next, StringComparison.Ordinal);
        Assert.Contains(">Télécharger le CSV</", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_ForAGermanReader_HasGermanHeadingsAndGermanNumbers()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");
        var year = DashboardSeed.LastYear.ToString(CultureInfo.InvariantCulture);

        var html = await GetAsync(client, $"/dashboard/export/publication.html?year={year}&country=GB", "de-DE");

        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>Unterstützung für Patientenorganisationen und Partner in GB, {year}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>Im Jahr {year} gewährte Unterstützung: ", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Organisation</th><th scope=\"col\">Art des Partners</th><th scope=\"col\">Art der Unterstützung</th><th scope=\"col\">Wert</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Breathe Easy UK</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">25.000</td>", html, StringComparison.Ordinal);
        Assert.Matches(@"<p>Summe: \d+ Zeilen?, [\d.]+(,\d+)? [A-Z]{3}</p>", html);
        Assert.Contains("<h2>Methodik</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Support given in", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_InGerman_BeforeSigningIn()
    {
        using var client = site.Anonymous();

        var html = await GetAsync(client, "/dashboard/signin", "de-AT");

        Assert.Contains("<h1>Anmelden</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Vor der Anmeldung wird nichts angezeigt.", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Lokal anmelden</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAcceptLanguage_OrAnUnsupportedOne_IsEnglish()
    {
        using var client = await site.SignInAsync("Chris Compliance", "compliance");

        var html = await GetAsync(client, "/dashboard", "es-ES");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Apply filters</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreementDraft_DownloadedInGerman_HasGermanHeadingsAndThePacksAnswers()
    {
        using var client = await site.SignInAsync("Dana Owner", "owner", "console:dana");
        var id = await DashboardPageTests.IdOfAsync(client, DashboardSeed.Asthma);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/dashboard/collaborations/{id}/agreement.docx");
        request.Headers.AcceptLanguage.ParseAdd("de-DE");

        using var response = await client.SendAsync(request);
        var (title, headings, text) = ReadDocx(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Schriftliche Vereinbarung (Entwurf)", title);
        Assert.Equal(
            ["1. Parteien", "2. Die Aktivität und ihre Ziele", "3. Die Rolle jeder Partei", "4. Zeitrahmen", "5. Die Unterstützung", "6. Unabhängigkeit des Partners",
             "7. Nennung und Offenlegung", "8. Rückmeldungen und gemeinsame Überprüfungen", "9. Von den Regeln verlangte Klauseln", "10. Anwendbares Recht", "11. Unterschriften",
             "Anhang: die Antworten, aus denen dieser Entwurf entstand"],
            headings);
        Assert.Contains("Breathe Easy UK bleibt in seinen Richtlinien und Aktivitäten unabhängig.", text, StringComparison.Ordinal);
        Assert.Contains("Das Unternehmen: ", text, StringComparison.Ordinal);

        // The answers are the pack's (English until the pack translates them), never dropped.
        Assert.Contains("Children with asthma miss fewer school days", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1. Parties", headings);
    }

    [Fact]
    public void DashboardAndDocumentTexts_CarryNoMarkdown()
    {
        // They are written as plain text (Razor encodes them; documents are not markdown), so markup would show.
        foreach (var set in new[] { HostTexts.Dashboard, HostTexts.Documents })
        {
            foreach (var culture in Dialogs.Texts.Languages.All)
            {
                foreach (var key in TextSet.Keys(set.Resources, CultureInfo.InvariantCulture))
                {
                    var text = set.Template(key, culture);
                    Assert.False(text.Contains("**", StringComparison.Ordinal) || text.Contains('`', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal) || text.Contains('<', StringComparison.Ordinal), $"{set}/{culture.Name}/{key}: {text}");
                }
            }
        }
    }

    /// <summary>The title paragraph, the Heading1 paragraphs and all text of a .docx, read with the Open XML SDK.</summary>
    private static (string Title, List<string> Headings, string Text) ReadDocx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        string Style(DocumentFormat.OpenXml.Wordprocessing.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        return (
            paragraphs.Single(p => Style(p) == "Title").InnerText,
            [.. paragraphs.Where(p => Style(p) == "Heading1").Select(p => p.InnerText)],
            string.Join("\n", paragraphs.Select(p => p.InnerText)));
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
