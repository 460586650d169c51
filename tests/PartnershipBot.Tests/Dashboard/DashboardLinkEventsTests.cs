using System.Net;
using System.Text.RegularExpressions;
using PartnershipBot.Tests.Dashboard.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>
/// The link audit trail on the dashboard (issue 27): Olga linked her Teams and Slack accounts through the chat,
/// unlinked in Slack and linked again. Her owner view lists both accounts and the three events, newest first, in
/// the viewer's language; the Slack draft's page shows its creator's links to compliance; her Teams name, which
/// holds markup, stays text. Erin, linked to nobody, sees none of it.
/// </summary>
public sealed partial class DashboardLinkEventsTests(LinkedAccountsSite linked) : IClassFixture<LinkedAccountsSite>
{
    private const string Teams = "Olga &lt;b&gt;Berg&lt;/b&gt; (msteams:29:olga)";
    private const string Slack = "olga.berg (slack:T0001:U0OLGA)";

    private DashboardSite Site => linked.Site;

    [Fact]
    public async Task OwnerView_InGerman_ListsTheLinkedAccountsAndTheirLinkingNewestFirst()
    {
        using var olga = await Site.SignInAsync("Olga", "owner", $"msteams:{LinkedAccountsSite.OlgaTeams}");

        var html = await GetAsync(olga, "/dashboard", "de-DE");

        Assert.Contains("<h2 id=\"your-accounts-h\">Ihre Chat-Konten</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Olga &lt;b&gt;Berg&lt;/b&gt; <small>msteams:29:olga</small></li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>olga.berg <small>slack:T0001:U0OLGA</small></li>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"your-history-h\">Verknüpfungsverlauf</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Verknüpfte und getrennte Konten, neueste zuerst (Zeiten in UTC)</caption>", html, StringComparison.Ordinal);
        Assert.Equal(["Verknüpft", "Getrennt", "Verknüpft"], Actions(html));
        Assert.Contains($"<td>{Slack} mit {Teams} verknüpft</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{Slack} aus den verknüpften Konten entfernt</td>", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>\d{1,2}\. \S+ \d{4} \d\d:\d\d UTC</td>\s*<td>Verknüpft</td>", html);
        Assert.Contains(">" + LinkedAccountsSite.SlackDraft + "<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Berg</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollaborationPage_ShowsItsCreatorsLinks_ToCompliance_InEnglish()
    {
        using var compliance = await Site.SignInAsync("Chris Compliance", "compliance");
        var id = await DashboardPageTests.IdOfAsync(compliance, LinkedAccountsSite.SlackDraft);

        var html = await GetAsync(compliance, $"/dashboard/collaborations/{id}", "en-GB");

        Assert.Contains("<h2 id=\"creator-accounts-h\">Linked chat accounts</h2>", html, StringComparison.Ordinal);
        Assert.Contains("The accounts linked to the account that created this collaboration, and when they were linked or unlinked.", html, StringComparison.Ordinal);
        Assert.Equal(["Linked", "Unlinked", "Linked"], Actions(html));
        Assert.Contains($"<td>{Slack} linked to {Teams}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{Slack} taken out of the linked accounts</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Berg</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOwnerLinkedToNobody_InFrench_SeesNoOneElsesLinks()
    {
        using var erin = await Site.SignInAsync("Erin", "owner", "console:erin");

        var html = await GetAsync(erin, "/dashboard", "fr-FR");

        Assert.Contains("<h2 id=\"your-accounts-h\">Vos comptes de chat</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Les comptes joints avec la commande link du bot forment une seule personne", html, StringComparison.Ordinal);
        Assert.Contains("Aucun compte n’a encore été lié ni délié.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("olga", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<table id=\"your-link-events\">", html, StringComparison.Ordinal);
    }

    /// <summary>The What column of the link table, top to bottom.</summary>
    private static string[] Actions(string html)
    {
        var table = LinkTable().Match(html);
        Assert.True(table.Success, "No link table on the page.");
        return [.. ActionCell().Matches(table.Value).Select(m => m.Groups[1].Value)];
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"<table id=""\w+-link-events"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex LinkTable();

    [GeneratedRegex(@"UTC</td>\s*<td>([^<]+)</td>")]
    private static partial Regex ActionCell();
}
