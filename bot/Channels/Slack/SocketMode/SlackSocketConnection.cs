using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// One Socket Mode WebSocket: receives Slack's messages one at a time (so one user's requests reach the inbox in
/// the order Slack sent them), sends acknowledgements, and says when it needs replacing: Slack asked for a new
/// connection (disconnect) or the socket ended.
/// </summary>
internal sealed class SlackSocketConnection : IAsyncDisposable
{
    // Slack does not always finish a close handshake; the official SDKs give it about a second.
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HandlingTimeout = TimeSpan.FromSeconds(5);
    private readonly ClientWebSocket socket;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly SemaphoreSlim handling = new(1, 1);
    private readonly TaskCompletionSource<string> replacementNeeded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task receiving = Task.CompletedTask;
    private volatile bool closing;

    private SlackSocketConnection(ClientWebSocket socket) => this.socket = socket;

    /// <summary>Why a new connection is needed: Slack's disconnect reason, or how the socket ended.</summary>
    public Task<string> ReplacementNeeded => replacementNeeded.Task;

    /// <summary>Slack said hello: the connection is ready for envelopes.</summary>
    public Task Hello => hello.Task;

    public bool IsOpen => socket.State == WebSocketState.Open && !closing;

    public static async Task<SlackSocketConnection> ConnectAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // Slack pings; our own pings with a timeout also find a connection that died without a close (a NAT drop).
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(url, limit.Token);
            return new SlackSocketConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <param name="onMessage">Called with each text message, or null for one larger than <paramref name="maxMessageBytes"/>.</param>
    public void Start(Func<SlackSocketConnection, byte[]?, Task> onMessage, int maxMessageBytes, CancellationToken stoppingToken) =>
        receiving = Task.Run(() => ReceiveAllAsync(onMessage, maxMessageBytes, stoppingToken), CancellationToken.None);

    public void SawHello() => hello.TrySetResult();

    /// <summary>Slack asked for a fresh connection; this one keeps working until it is closed.</summary>
    public void RequestReplacement(string reason) => replacementNeeded.TrySetResult(reason);

    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                return false;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The socket died under us; the envelope stays unacknowledged and Slack resends it.
            return false;
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>
    /// Lets the envelope being handled finish (its ack included), takes no new ones (Slack resends them on the other
    /// connection), then closes.
    /// </summary>
    public async Task CloseAsync()
    {
        closing = true;
        var handled = await handling.WaitAsync(HandlingTimeout);
        try
        {
            using var limit = new CancellationTokenSource(CloseTimeout);
            await sending.WaitAsync(limit.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", limit.Token);
                }
            }
            finally
            {
                sending.Release();
            }

            await receiving.WaitAsync(limit.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or TimeoutException)
        {
            // Closed as far as we are concerned: Abort below.
        }
        finally
        {
            if (handled)
            {
                handling.Release();
            }
        }

        socket.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        socket.Abort();
        try
        {
            await receiving;
        }
        catch (Exception)
        {
            // The receive loop reports through ReplacementNeeded; nothing to add at disposal.
        }

        socket.Dispose();
        sending.Dispose();
        handling.Dispose();
    }

    private async Task ReceiveAllAsync(Func<SlackSocketConnection, byte[]?, Task> onMessage, int maxMessageBytes, CancellationToken stoppingToken)
    {
        var reason = "closed by Slack";
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                var oversized = false;
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer.AsMemory(), stoppingToken);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    // A message past the limit is read to its end and dropped, without holding it in memory.
                    oversized |= message.Length + received.Count > maxMessageBytes;
                    if (!oversized)
                    {
                        message.Write(buffer, 0, received.Count);
                    }
                }
                while (!received.EndOfMessage);

                if (closing || received.MessageType != WebSocketMessageType.Text)
                {
                    continue;
                }

                await handling.WaitAsync(CancellationToken.None);
                try
                {
                    await onMessage(this, oversized ? null : message.ToArray());
                }
                finally
                {
                    handling.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            reason = "stopping";
        }
        catch (WebSocketException e)
        {
            reason = $"dropped: {e.WebSocketErrorCode}";
        }
        catch (ObjectDisposedException)
        {
            reason = "closed";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            replacementNeeded.TrySetResult(reason);
        }
    }
}
