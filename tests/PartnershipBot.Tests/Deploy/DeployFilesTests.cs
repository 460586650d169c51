using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Data;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;
using YamlDotNet.Serialization;

namespace PartnershipBot.Tests.Deploy;

/// <summary>
/// The deployment files without Docker: the Dockerfile's own `dotnet publish` runs and its output starts (db
/// migrate on a fresh database), and compose.yaml is valid YAML that names only settings the bot reads.
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly Dictionary<string, Type> OptionSections = new(StringComparer.Ordinal)
    {
        [StorageOptions.Section] = typeof(StorageOptions),
        [ReminderOptions.Section] = typeof(ReminderOptions),
        [SlackOptions.Section] = typeof(SlackOptions),
        ["Teams"] = typeof(TeamsOptions),
    };

    [Fact]
    public async Task Dockerfile_PublishCommand_ProducesABotThatRuns()
    {
        var dockerfile = await File.ReadAllTextAsync(RepoFiles.Path("Dockerfile"));
        var publish = PublishLine().Match(dockerfile);
        Assert.True(publish.Success, "the Dockerfile has no `RUN dotnet publish ... -o /app` line");
        var output = Path.Combine(Path.GetTempPath(), "pbot-publish-" + Guid.NewGuid().ToString("N")[..8]);
        using var database = new TempDatabase();
        try
        {
            var arguments = publish.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a == "/app" ? output : a).ToArray();
            var (published, log) = await RunAsync("dotnet", RepoFiles.Root, [], arguments);
            Assert.True(published == 0, log);
            Assert.True(File.Exists(Path.Combine(output, "PartnershipBot.dll")));
            Assert.True(File.Exists(Path.Combine(output, "appsettings.json")));

            // The image's entry point, with settings from the environment as in a container.
            var (migrated, migrateLog) = await RunAsync("dotnet", output, new()
            {
                ["Storage__Provider"] = "Sqlite",
                ["Storage__ConnectionString"] = database.ConnectionString,
            }, Path.Combine(output, "PartnershipBot.dll"), "database", "migrate");
            Assert.True(migrated == 0, migrateLog);
            Assert.Contains($"schema is up to date (version {DatabaseMigrator.SchemaVersion})", migrateLog, StringComparison.Ordinal);
            Assert.True(File.Exists(database.FilePath));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Dockerfile_RunsAsNonRootOnAspNetCoreHttpPorts()
    {
        var dockerfile = File.ReadAllText(RepoFiles.Path("Dockerfile"));

        Assert.Equal(2, Regex.Matches(dockerfile, @"^FROM ", RegexOptions.Multiline).Count);
        Assert.Matches(@"(?m)^USER app\s*$", dockerfile);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TwoBotsBehindAProxyOnPostgreSql_NameOnlySettingsTheBotReads()
    {
        var compose = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(RepoFiles.Path("compose.yaml")));
        var services = (Dictionary<object, object>)compose["services"];
        var bots = services.Where(s => Map(s.Value).TryGetValue("image", out var image) && (string)image == "partnershipbot:latest").ToList();
        Assert.Equal(2, bots.Count);
        Assert.StartsWith("postgres:", (string)Map(services["db"])["image"], StringComparison.Ordinal);
        var proxy = string.Join(' ', ((List<object>)Map(services["proxy"])["command"]).Cast<string>());
        Assert.All(bots, b => Assert.Contains($"{b.Key}:8080", proxy, StringComparison.Ordinal));

        var sources = Directory.GetFiles(RepoFiles.Path("bot"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        foreach (var bot in bots)
        {
            var environment = Map(Map(bot.Value)["environment"]);
            Assert.Equal("PostgreSql", (string)environment["Storage__Provider"]);
            foreach (var key in environment.Keys.Cast<string>())
            {
                Assert.True(IsReadByTheBot(key, sources), $"{bot.Key} sets {key}, which the bot does not read");
            }
        }
    }

    private static bool IsReadByTheBot(string key, List<string> sources)
    {
        if (key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("DOTNET_", StringComparison.Ordinal))
        {
            return true;
        }

        var parts = key.Split("__");
        if (parts.Length == 1)
        {
            // A top-level key: read by name somewhere in the bot (e.g. configuration["MicrosoftAppId"]).
            return sources.Any(s => s.Contains($"\"{key}\"", StringComparison.Ordinal));
        }

        if (!OptionSections.TryGetValue(parts[0], out var type))
        {
            return false;
        }

        foreach (var part in parts.Skip(1))
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return true;
    }

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string directory, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"^RUN dotnet (?<args>publish .*-o /app.*)$", RegexOptions.Multiline)]
    private static partial Regex PublishLine();
}
