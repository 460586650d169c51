using System.Collections.Concurrent;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Service URLs seen in authenticated activities. A bot token is only sent to one of these, so a forged
/// serviceUrl can never make the bot hand its credentials to someone else.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        _urls.TryAdd(Normalize(serviceUrl), 0);
    }

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string url) => url.Trim().TrimEnd('/');
}
