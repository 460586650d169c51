using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipBot.Channels.Slack;

/// <summary>The Slack app manifest template (manifests/slack/manifest.json) with the public host filled in.</summary>
public static partial class SlackManifest
{
    public const string HostPlaceholder = "{{HOST}}";

    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "manifests", "slack", "manifest.json");

    /// <summary>Fills the template; accepts "bot.example.com", "bot.example.com:8443" or "https://bot.example.com/".</summary>
    public static string Fill(string template, string host)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Replace(HostPlaceholder, NormalizeHost(host), StringComparison.Ordinal);
    }

    /// <summary>
    /// The Socket Mode variant of the same template: settings.socket_mode_enabled, and no request URLs (every value
    /// that names the host is removed), since Slack sends everything over the WebSocket the bot opens.
    /// </summary>
    public static string SocketMode(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var manifest = JsonNode.Parse(template) as JsonObject ?? throw new ArgumentException("The manifest template is not a JSON object.", nameof(template));
        RemoveHostValues(manifest);
        var settings = manifest["settings"] as JsonObject ?? [];
        settings["socket_mode_enabled"] = true;
        manifest["settings"] = settings;
        return manifest.ToJsonString(Indented);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static void RemoveHostValues(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out var text) && text.Contains(HostPlaceholder, StringComparison.Ordinal))
                    .Select(p => p.Key).ToList())
                {
                    obj.Remove(name);
                }

                foreach (var (_, child) in obj)
                {
                    RemoveHostValues(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RemoveHostValues(child);
                }

                break;
        }
    }

    public static string NormalizeHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var trimmed = host.Trim();
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Slack only calls https URLs: give the public https host (for example your tunnel's host).", nameof(host));
        }

        if (trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["https://".Length..];
        }

        trimmed = trimmed.TrimEnd('/');
        if (!HostPattern().IsMatch(trimmed))
        {
            throw new ArgumentException($"'{host}' is not a host name such as bot.example.com or bot.example.com:8443.", nameof(host));
        }

        return trimmed;
    }

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostPattern();
}
