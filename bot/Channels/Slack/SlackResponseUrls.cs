using PartnershipBot.Telemetry;
using System.Net;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Which response_url values the bot posts to: https on Slack's hooks host (Slack:ResponseUrlHosts). A signed
/// payload could still carry any URL (a replayed or crafted one), and a post there would leak a user's answers.
/// Loopback is accepted only in Development, where tests and local tools run.
/// </summary>
public sealed class SlackResponseUrls(IOptionsMonitor<SlackOptions> options, IHostEnvironment environment) : ICapabilityUrls
{
    public static IReadOnlyList<string> DefaultHosts { get; } = ["hooks.slack.com"];

    public bool IsAllowed(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || !string.IsNullOrEmpty(url.UserInfo))
        {
            return false;
        }

        if (environment.IsDevelopment() && (url.IsLoopback || IPAddress.TryParse(url.IdnHost, out var ip) && IPAddress.IsLoopback(ip)))
        {
            return url.Scheme is "http" or "https";
        }

        var configured = options.CurrentValue.ResponseUrlHosts;
        var hosts = configured.Count == 0 ? DefaultHosts : [.. configured];
        return url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort
            && hosts.Any(h => string.Equals(h.Trim().TrimEnd('.'), url.IdnHost.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A URL on Slack's hooks host: a response_url, whose path is the secret that lets anyone post with it.</summary>
    public bool HasSecretPath(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var configured = options.CurrentValue.ResponseUrlHosts;
        var hosts = configured.Count == 0 ? DefaultHosts : [.. configured];
        return url.IsAbsoluteUri && hosts.Any(h => string.Equals(h.Trim().TrimEnd('.'), url.IdnHost.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The URL when it may be used, otherwise null.</summary>
    public Uri? Allowed(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && IsAllowed(url) ? url : null;
}
