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
