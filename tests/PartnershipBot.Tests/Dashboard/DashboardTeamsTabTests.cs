using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>The dashboard as a Teams tab: a personal static tab and a team tab in the app package, valid against the official schema.</summary>
public sealed class DashboardTeamsTabTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dashboard-tab-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TeamsPackage_ManifestWithTabs_PassesTheOfficialSchemaAndPointsAtTheDashboard()
    {
        var manifest = Package("bot.contoso.example");

        var schema = await JsonSchema.FromFileAsync(Fixtures.RepoFile("tests", "PartnershipBot.Tests", "Teams", "Schemas", "MicrosoftTeams.schema.json"));
        Assert.Empty(schema.Validate(manifest.ToJsonString()));
        var personal = manifest["staticTabs"]!.AsArray().Single()!;
        Assert.Equal("https://bot.contoso.example/dashboard?teams=1", (string?)personal["contentUrl"]);
        Assert.Equal("personal", (string?)personal["scopes"]![0]);
        var team = manifest["configurableTabs"]!.AsArray().Single()!;
        Assert.Equal("https://bot.contoso.example/dashboard/teams/configure", (string?)team["configurationUrl"]);
        Assert.Equal("team", (string?)team["scopes"]![0]);
        Assert.Contains("bot.contoso.example", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task Schema_TabWithUnknownField_Fails()
    {
        // Proves the check has teeth for tabs: v1.24 forbids unknown properties on a tab.
        var manifest = Package("bot.contoso.example");
        manifest["staticTabs"]![0]!["url"] = "https://bot.contoso.example/dashboard";

        var schema = await JsonSchema.FromFileAsync(Fixtures.RepoFile("tests", "PartnershipBot.Tests", "Teams", "Schemas", "MicrosoftTeams.schema.json"));
        Assert.NotEmpty(schema.Validate(manifest.ToJsonString()));
    }

    private JsonNode Package(string host)
    {
        var zip = Path.Combine(folder, "app.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, TeamsPackageCommand.Run("5d3c1b2a-7e8f-4a6b-9c0d-1e2f3a4b5c6d", host, zip, Fixtures.RepoFile("manifests", "teams"), output, error));
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!;
    }
}
