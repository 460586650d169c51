using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Where the bot's bearer token may go: https to a Bot Framework connector host (Teams:ConnectorHosts), on the
/// default port, without user info. Loopback (any scheme) only in the Development environment, for the Emulator,
/// Agents Playground and the tests. IP literals never pass otherwise, so private and link-local addresses (cloud
/// metadata endpoints, internal services) cannot receive the token even if someone lists them.
/// </summary>
public sealed class ConnectorHostPolicy(IOptions<TeamsOptions> options, IHostEnvironment environment)
{
    private readonly IReadOnlyList<string> _hosts = options.Value.EffectiveConnectorHosts;

    public bool AllowsLoopback { get; } = environment.IsDevelopment();

    /// <summary>Null when the URL may receive the token; otherwise why not (safe to log and to store: no secrets).</summary>
    public string? Refusal(string? serviceUrl) => Refusal(serviceUrl, _hosts, AllowsLoopback);

    public static string? Refusal(string? serviceUrl, IReadOnlyList<string> hosts, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "the service URL is not an absolute http(s) URL";
        }

        var host = uri.IdnHost;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return $"the service URL for {host} carries user info";
        }

        if (uri.IsLoopback)
        {
            return allowLoopback ? null : $"the service URL {host} is a loopback address, allowed only in the Development environment";
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"the service URL for {host} is not https";
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IsPrivateOrLinkLocal(address)
                ? $"the service URL {host} is a private or link-local address"
                : $"the service URL {host} is an IP address, not a Bot Framework connector host";
        }

        if (!uri.IsDefaultPort)
        {
            return $"the service URL for {host} uses port {uri.Port}, not 443";
        }

        return hosts.Any(pattern => Matches(host, pattern))
            ? null
            : $"{host} is not a Bot Framework connector host (Teams:ConnectorHosts)";
    }

    internal static bool IsPrivateOrLinkLocal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // fc00::/7 unique local, fe80::/10 link-local, and the old site-local range.
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT, used inside some clouds
            || b[0] == 0;
    }

    // "*.example.com" matches any subdomain (not example.com itself); anything else matches exactly.
    private static bool Matches(string host, string pattern)
    {
        pattern = pattern.Trim();
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The bot refused to send its token to a service URL; the message says why and names no secret.</summary>
public sealed class ServiceUrlRefusedException(string reason)
    : InvalidOperationException($"No token is sent: {reason}.")
{
    public string Reason { get; } = reason;
}
