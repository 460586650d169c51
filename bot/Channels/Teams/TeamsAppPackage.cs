using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipBot.Channels.Teams;

public sealed class TeamsPackageException(IReadOnlyList<string> problems)
    : Exception("The Teams app package is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Builds the Teams app package: manifest.json with the placeholders filled, and the two icons, at the zip root.
/// The filled manifest is checked against the rules of the v1.24 schema that matter for this app (the tests
/// check it against the official schema itself), so a broken package fails here rather than at upload.
/// </summary>
public static partial class TeamsAppPackage
{
    public const string AppIdPlaceholder = "{{APP_ID}}";
    public const string HostPlaceholder = "{{HOST}}";
    private static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    public static string DefaultTemplateDirectory => Path.Combine(AppContext.BaseDirectory, "manifests", "teams");

    public static void Write(string templateDirectory, string appId, string host, string outputPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var missing = Files.Where(f => !File.Exists(Path.Combine(templateDirectory, f))).ToList();
        if (missing.Count > 0)
        {
            throw new TeamsPackageException([.. missing.Select(f => $"{f} is missing from {templateDirectory}.")]);
        }

        var manifest = Fill(File.ReadAllText(Path.Combine(templateDirectory, "manifest.json")), appId, host);
        var color = File.ReadAllBytes(Path.Combine(templateDirectory, "color.png"));
        var outline = File.ReadAllBytes(Path.Combine(templateDirectory, "outline.png"));
        var problems = Check(manifest, color, outline);
        if (problems.Count > 0)
        {
            throw new TeamsPackageException(problems);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Written to a temporary file first so a failed run never leaves a half-written zip behind.
        var temporary = outputPath + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest));
            Add(zip, "color.png", color);
            Add(zip, "outline.png", outline);
        }

        File.Move(temporary, outputPath, overwrite: true);
    }

    /// <summary>Fills the placeholders. The host may be given bare (bot.example.com) or as an https URL.</summary>
    public static string Fill(string template, string appId, string host)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!Guid.TryParse(appId, out var id))
        {
            throw new ArgumentException("--app-id must be the bot's Microsoft App ID (a GUID).", nameof(appId));
        }

        var hostName = NormalizeHost(host);
        return template.Replace(AppIdPlaceholder, id.ToString("D"), StringComparison.Ordinal)
            .Replace(HostPlaceholder, hostName, StringComparison.Ordinal);
    }

    public static string NormalizeHost(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var candidate = host.Contains("://", StringComparison.Ordinal) ? host : "https://" + host.Trim();
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || uri.PathAndQuery is not ("/" or "") || !HostPattern().IsMatch(uri.Host))
        {
            throw new ArgumentException("--host must be the bot's public https host name, e.g. bot.example.com.", nameof(host));
        }

        return uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
    }

    public static IReadOnlyList<string> Check(string manifestJson, byte[] color, byte[] outline)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        var problems = new List<string>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(manifestJson);
        }
        catch (JsonException ex)
        {
            return [$"manifest.json is not valid JSON: {ex.Message}"];
        }

        if (manifestJson.Contains("{{", StringComparison.Ordinal))
        {
            problems.Add("manifest.json still contains a {{placeholder}}.");
        }

        Expect(problems, Text(root, "manifestVersion") == "1.24", "manifestVersion must be 1.24.");
        Expect(problems, SemVer().IsMatch(Text(root, "version") ?? ""), "version must be semver (1.2.3).");
        Expect(problems, Guid.TryParse(Text(root, "id"), out _), "id must be a GUID.");
        Expect(problems, Text(root, "accentColor") is { } accent && HexColor().IsMatch(accent), "accentColor must be #rrggbb.");
        Expect(problems, Length(root?["name"]?["short"]) is > 0 and <= 30, "name.short is required, at most 30 characters.");
        Expect(problems, Length(root?["name"]?["full"]) <= 100, "name.full is at most 100 characters.");
        Expect(problems, Length(root?["description"]?["short"]) is > 0 and <= 80, "description.short is required, at most 80 characters.");
        Expect(problems, Length(root?["description"]?["full"]) is > 0 and <= 4000, "description.full is required, at most 4000 characters.");
        Expect(problems, Length(root?["developer"]?["name"]) is > 0 and <= 32, "developer.name is required, at most 32 characters.");
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Expect(problems, Text(root?["developer"], url)?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true, $"developer.{url} must be an https URL.");
        }

        Expect(problems, Text(root?["icons"], "color") == "color.png" && Text(root?["icons"], "outline") == "outline.png",
            "icons must name color.png and outline.png.");
        Expect(problems, PngSize(color) == (192, 192), "color.png must be a 192x192 PNG.");
        Expect(problems, PngSize(outline) == (32, 32), "outline.png must be a 32x32 PNG.");

        var bots = root?["bots"] as JsonArray;
        Expect(problems, bots is { Count: 1 }, "bots must hold exactly one bot.");
        if (bots is { Count: 1 } && bots[0] is JsonObject bot)
        {
            Expect(problems, Text(bot, "botId") == Text(root, "id") && Guid.TryParse(Text(bot, "botId"), out _), "bots[0].botId must be the app id GUID.");
            var scopes = (bot["scopes"] as JsonArray)?.Select(s => s?.GetValue<string>()).ToHashSet() ?? [];
            Expect(problems, scopes.SetEquals(["personal", "team", "groupChat"]), "bots[0].scopes must be personal, team and groupChat.");
            foreach (var list in bot["commandLists"] as JsonArray ?? [])
            {
                var commands = list?["commands"] as JsonArray ?? [];
                Expect(problems, commands.Count is > 0 and <= 12, "each command list holds 1 to 12 commands.");
                Expect(problems, commands.All(c => Length(c?["title"]) is > 0 and <= 128 && Length(c?["description"]) is > 0 and <= 4000),
                    "each command needs a title (at most 128 characters) and a description.");
            }
        }

        // The message extension ("Plan a collaboration") is served by the same bot: its invokes reach /api/messages.
        foreach (var extension in root?["composeExtensions"] as JsonArray ?? [])
        {
            Expect(problems, Text(extension, "botId") == Text(root, "id"), "composeExtensions[].botId must be the app id.");
        }

        return problems;
    }

    /// <summary>Width and height from the PNG signature and IHDR chunk; null when the bytes are not a PNG.</summary>
    public static (int Width, int Height)? PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png is null || png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    private static void Expect(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }

    private static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Length(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text.Length : 0;

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,62}\.)*[A-Za-z0-9-]{1,63}$")]
    private static partial Regex HostPattern();
}
