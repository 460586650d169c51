using System.Net;
using System.Net.Sockets;
using PartnershipBot.Channels.Teams;

namespace PartnershipBot.Tests.Teams;

/// <summary>The connect-time check: a connector host name that resolves to private addresses gets no connection.</summary>
public sealed class ConnectorAddressGuardTests
{
    private static Func<string, CancellationToken, Task<IPAddress[]>> Resolving(params string[] addresses) =>
        (_, _) => Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());

    [Theory]
    [InlineData("10.0.0.7")]
    [InlineData("169.254.169.254")]
    [InlineData("127.0.0.1")]
    [InlineData("fd12::1")]
    [InlineData("::ffff:192.168.0.4")]
    public async Task Connect_NameResolvingToPrivateAddressOutsideDevelopment_IsRefused(string address)
    {
        var endpoint = new DnsEndPoint("smba.trafficmanager.net", 443);

        var error = await Assert.ThrowsAsync<HttpRequestException>(async () =>
            await ConnectorAddressGuard.ConnectAsync(endpoint, allowPrivate: false, Resolving(address), CancellationToken.None));

        Assert.Contains("no public address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_LoopbackInDevelopment_Connects()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = new DnsEndPoint("localhost", ((IPEndPoint)listener.LocalEndpoint).Port);

        await using var stream = await ConnectorAddressGuard.ConnectAsync(endpoint, allowPrivate: true, Resolving("127.0.0.1"), CancellationToken.None);

        Assert.True(stream.CanWrite);
    }
}
