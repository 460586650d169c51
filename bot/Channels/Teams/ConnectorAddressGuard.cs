using System.Net;
using System.Net.Sockets;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The last check before a connector call leaves the machine: outside Development the connection only goes to
/// public addresses, so a connector host name that resolves (or is made to resolve) to a private, link-local or
/// loopback address never receives the bot's token. The host name check is <see cref="ConnectorHostPolicy"/>.
/// </summary>
internal static class ConnectorAddressGuard
{
    public static SocketsHttpHandler CreateHandler(bool allowPrivate) => new()
    {
        // DNS changes (Traffic Manager) are picked up by new connections.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),

        // The connector never redirects; a redirect would take the call to an address no host check has seen.
        AllowAutoRedirect = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivate, Dns.GetHostAddressesAsync, cancellationToken),
    };

    internal static async ValueTask<Stream> ConnectAsync(
        DnsEndPoint endpoint, bool allowPrivate, Func<string, CancellationToken, Task<IPAddress[]>> resolve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(resolve);
        var addresses = await resolve(endpoint.Host, cancellationToken);
        var usable = allowPrivate ? addresses : [.. addresses.Where(a => !ConnectorHostPolicy.IsPrivateOrLinkLocal(a))];
        if (usable.Length == 0)
        {
            throw new HttpRequestException($"{endpoint.Host} resolves to no public address; the bot's token is not sent there.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
