using System.Text.Json.Nodes;
using NJsonSchema;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackManifestTests
{
    private static string RepoFile(params string[] parts) => RepoFiles.Path(parts);

    private static async Task<JsonSchema> SchemaAsync() =>
        // No major_version 2 features are used, so the manifest is checked against Slack's v1 schema file.
        await JsonSchema.FromFileAsync(RepoFile("tests", "PartnershipBot.Tests", "Slack", "Schemas", "manifest.schema.1.0.0.json"));

    private static string Filled(string host)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SlackManifestCommand.Run(host, RepoFile("manifests", "slack", "manifest.json"), output, error);
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    [Fact]
    public async Task Run_FilledManifest_PassesSlackSchema()
    {
        var schema = await SchemaAsync();

        var errors = schema.Validate(Filled("bot.example.com"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Validate_ManifestWithUnknownField_FailsSchema()
    {
        // Proves the schema check has teeth: Slack's schema forbids unknown properties.
        var schema = await SchemaAsync();
        var manifest = JsonNode.Parse(Filled("bot.example.com"))!.AsObject();
        manifest["features"]!["bot_user"]!["nickname"] = "nope";

        Assert.NotEmpty(schema.Validate(manifest.ToJsonString()));
    }

    [Fact]
    public void Run_WithHost_FillsEveryRequestUrlAndDeclaresWhatTheBotNeeds()
    {
        var manifest = JsonNode.Parse(Filled("https://abc123.tunnel.example/"))!;

        var command = manifest["features"]!["slash_commands"]![0]!;
        Assert.Equal("/partnership", (string?)command["command"]);
        Assert.Equal("https://abc123.tunnel.example/api/slack/commands", (string?)command["url"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)command["description"]));
        Assert.Contains("checklist [N]", (string?)command["usage_hint"], StringComparison.Ordinal);
        Assert.Equal("https://abc123.tunnel.example/api/slack/events", (string?)manifest["settings"]!["event_subscriptions"]!["request_url"]);
        Assert.Equal("https://abc123.tunnel.example/api/slack/interactions", (string?)manifest["settings"]!["interactivity"]!["request_url"]);
        Assert.True((bool?)manifest["settings"]!["interactivity"]!["is_enabled"]);
        Assert.NotNull(manifest["features"]!["bot_user"]!["display_name"]);
        Assert.Equal(["app_home_opened", "message.im", "app_mention"], manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => (string?)e));
        Assert.True((bool?)manifest["features"]!["app_home"]!["home_tab_enabled"]);
        Assert.Equal(
            [("global", SlackHomeClicks.PlanShortcut), ("message", "add_to_collaboration")],
            manifest["features"]!["shortcuts"]!.AsArray().Select(s => ((string?)s!["type"], (string?)s["callback_id"])));
        Assert.Equal(
            ["app_mentions:read", "chat:write", "commands", "files:write", "im:history", "im:write", "users:read"],
            manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string?)s).Order());
        Assert.DoesNotContain(SlackManifest.HostPlaceholder, manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bot.example.com")]
    [InlineData("bot.example.com/path")]
    [InlineData("\"bot\": 1")]
    [InlineData("")]
    public void Run_BadHost_ExplainsAndFails(string host)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = SlackManifestCommand.Run(host, RepoFile("manifests", "slack", "manifest.json"), output, error);

        Assert.Equal(1, code);
        Assert.Empty(output.ToString());
        Assert.NotEmpty(error.ToString());
    }

    [Fact]
    public void Create_ParsesSlackManifestHost()
    {
        var command = SlackManifestCommand.Create();

        var parse = command.Parse(["manifest", "--host", "bot.example.com"]);
        var missing = command.Parse(["manifest"]);

        Assert.Empty(parse.Errors);
        Assert.NotEmpty(missing.Errors);
    }

    [Fact]
    public void TemplatePath_NextToTheBot_Exists() => Assert.True(File.Exists(SlackManifest.TemplatePath));
}
