using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

public sealed class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "5d3c1b2a-7e8f-4a6b-9c0d-1e2f3a4b5c6d";
    private readonly string _dir = Directory.CreateTempSubdirectory("teams-package-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Template => Fixtures.RepoFile("manifests", "teams");

    private static Task<JsonSchema> SchemaAsync() =>
        JsonSchema.FromFileAsync(Fixtures.RepoFile("tests", "PartnershipBot.Tests", "Teams", "Schemas", "MicrosoftTeams.schema.json"));

    private string Build(string host = "bot.example.com")
    {
        var zip = Path.Combine(_dir, "app.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TeamsPackageCommand.Run(AppId, host, zip, Template, output, error);
        Assert.True(code == 0, error.ToString());
        return zip;
    }

    private static string ManifestOf(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task Run_FilledManifest_PassesOfficialSchema()
    {
        var schema = await SchemaAsync();

        var errors = schema.Validate(ManifestOf(Build()));

        Assert.Empty(errors);
    }

    [Fact]
    public void Run_FilledManifest_HasThePlanACollaborationActionServedByTheBot()
    {
        var manifest = JsonNode.Parse(ManifestOf(Build()))!;

        var extension = manifest["composeExtensions"]!.AsArray().Single()!;
        Assert.Equal(AppId, (string?)extension["botId"]);
        var command = extension["commands"]!.AsArray().Single()!;
        Assert.Equal("planCollaboration", (string?)command["id"]);
        Assert.Equal("action", (string?)command["type"]);
        Assert.Equal("Plan a collaboration", (string?)command["title"]);
        Assert.True((bool)command["fetchTask"]!);
    }

    [Fact]
    public async Task Schema_ManifestWithUnknownBotField_Fails()
    {
        // Proves the schema check has teeth: v1.24 forbids unknown properties on a bot.
        var schema = await SchemaAsync();
        var manifest = JsonNode.Parse(ManifestOf(Build()))!;
        manifest["bots"]![0]!["nickname"] = "nope";

        Assert.NotEmpty(schema.Validate(manifest.ToJsonString()));
    }

    [Fact]
    public void Run_Zip_HasTheThreeFilesAtItsRoot()
    {
        using var archive = ZipFile.OpenRead(Build());

        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var color = new MemoryStream();
        archive.GetEntry("color.png")!.Open().CopyTo(color);
        Assert.Equal((192, 192), TeamsAppPackage.PngSize(color.ToArray()));
    }

    [Fact]
    public void Run_Manifest_FillsIdsHostScopesAndCommands()
    {
        var manifest = JsonNode.Parse(ManifestOf(Build("https://abc123.tunnel.example/")))!;

        Assert.Equal(AppId, (string?)manifest["id"]);
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["new", "checklist", "status", "quiz", "reminders", "help"],
            bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal("abc123.tunnel.example", (string?)manifest["validDomains"]![0]);
        Assert.Equal("https://abc123.tunnel.example/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Icons_InRepository_HaveTheRequiredSizes()
    {
        Assert.Equal((192, 192), TeamsAppPackage.PngSize(File.ReadAllBytes(Path.Combine(Template, "color.png"))));
        Assert.Equal((32, 32), TeamsAppPackage.PngSize(File.ReadAllBytes(Path.Combine(Template, "outline.png"))));
    }

    [Theory]
    [InlineData("not-a-guid", "bot.example.com")]
    [InlineData(AppId, "http://bot.example.com")]
    [InlineData(AppId, "bot.example.com/api/messages")]
    [InlineData(AppId, "bad host")]
    public void Run_BadArguments_Returns1AndWritesNothing(string appId, string host)
    {
        var zip = Path.Combine(_dir, "bad.zip");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = TeamsPackageCommand.Run(appId, host, zip, Template, output, error);

        Assert.Equal(1, code);
        Assert.NotEmpty(error.ToString());
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Run_TemplateWithWrongIconSize_IsRejectedWithTheReason()
    {
        var template = Path.Combine(_dir, "template");
        Directory.CreateDirectory(template);
        File.Copy(Path.Combine(Template, "manifest.json"), Path.Combine(template, "manifest.json"));
        File.Copy(Path.Combine(Template, "outline.png"), Path.Combine(template, "outline.png"));
        File.Copy(Path.Combine(Template, "outline.png"), Path.Combine(template, "color.png"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = TeamsPackageCommand.Run(AppId, "bot.example.com", Path.Combine(_dir, "x.zip"), template, output, error);

        Assert.Equal(1, code);
        Assert.Contains("color.png must be a 192x192 PNG", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LeftoverPlaceholderAndLongName_AreReported()
    {
        var manifest = JsonNode.Parse(TeamsAppPackage.Fill(File.ReadAllText(Path.Combine(Template, "manifest.json")), AppId, "bot.example.com"))!;
        manifest["name"]!["short"] = new string('n', 31);
        manifest["developer"]!["name"] = "{{COMPANY}}";
        var color = File.ReadAllBytes(Path.Combine(Template, "color.png"));
        var outline = File.ReadAllBytes(Path.Combine(Template, "outline.png"));

        var problems = TeamsAppPackage.Check(manifest.ToJsonString(), color, outline);

        Assert.Contains(problems, p => p.Contains("placeholder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("name.short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ParsedCommandLine_WritesThePackage()
    {
        var zip = Path.Combine(_dir, "cli.zip");
        var command = new System.CommandLine.RootCommand { TeamsPackageCommand.Create() };

        var code = await command.Parse(["teams", "package", "--app-id", AppId, "--host", "bot.example.com", "--out", zip, "--template", Template]).InvokeAsync();

        Assert.Equal(0, code);
        Assert.True(File.Exists(zip));
    }
}
