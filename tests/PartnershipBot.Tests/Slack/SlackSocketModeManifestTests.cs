using System.Text.Json.Nodes;
using NJsonSchema;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>`slack manifest --socket-mode`: the same app without request URLs, with socket_mode_enabled.</summary>
public sealed class SlackSocketModeManifestTests
{
    private static string Template => RepoFiles.Path("manifests", "slack", "manifest.json");

    private static string SocketModeManifest()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SlackManifestCommand.RunSocketMode(Template, output, error);
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    [Fact]
    public async Task RunSocketMode_PassesSlackSchema()
    {
        var schema = await JsonSchema.FromFileAsync(RepoFiles.Path("tests", "PartnershipBot.Tests", "Slack", "Schemas", "manifest.schema.1.0.0.json"));

        Assert.Empty(schema.Validate(SocketModeManifest()));
    }

    [Fact]
    public void RunSocketMode_NoRequestUrlsAndSocketModeOn_EverythingElseAsTheHttpVariant()
    {
        var manifest = JsonNode.Parse(SocketModeManifest())!.AsObject();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, SlackManifestCommand.Run("bot.example.com", Template, output, error));
        var http = JsonNode.Parse(output.ToString())!.AsObject();

        Assert.True((bool?)manifest["settings"]!["socket_mode_enabled"]);
        Assert.False((bool?)http["settings"]!["socket_mode_enabled"]);
        var text = manifest.ToJsonString();
        Assert.DoesNotContain("\"url\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("request_url", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackManifest.HostPlaceholder, text, StringComparison.Ordinal);
        // The slash command, the events and interactivity stay: only where Slack sends them changes.
        Assert.Equal("/partnership", (string?)manifest["features"]!["slash_commands"]![0]!["command"]);
        Assert.True((bool?)manifest["settings"]!["interactivity"]!["is_enabled"]);
        Assert.Equal(http["settings"]!["event_subscriptions"]!["bot_events"]!.ToJsonString(), manifest["settings"]!["event_subscriptions"]!["bot_events"]!.ToJsonString());
        Assert.Equal(http["oauth_config"]!.ToJsonString(), manifest["oauth_config"]!.ToJsonString());
    }

    [Theory]
    [InlineData(new[] { "manifest", "--socket-mode" }, true)]
    [InlineData(new[] { "manifest", "--host", "bot.example.com" }, true)]
    [InlineData(new[] { "manifest", "--host", "bot.example.com", "--socket-mode" }, false)]
    [InlineData(new[] { "manifest" }, false)]
    public void Create_EitherHostOrSocketMode(string[] args, bool valid)
    {
        var parse = SlackManifestCommand.Create().Parse(args);

        Assert.Equal(valid, parse.Errors.Count == 0);
    }

    [Fact]
    public void RunSocketMode_BrokenTemplate_ExplainsAndFails()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{ not json");
            using var output = new StringWriter();
            using var error = new StringWriter();

            Assert.Equal(1, SlackManifestCommand.RunSocketMode(path, output, error));
            Assert.Empty(output.ToString());
            Assert.Contains("could not be read", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
