using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>
/// Slack's side of Socket Mode on loopback (real Kestrel WebSockets on 127.0.0.1:0), speaking the envelope protocol:
/// a one-use URL per apps.connections.open, hello on connect, envelopes with envelope_id, acknowledgements recorded,
/// disconnect on request, a dropped socket on request. Like Slack, an envelope not acknowledged is sent again
/// (retry_attempt + 1) when its connection ends: on another open connection, or on the next one.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<Connection> _connections = [];
    private readonly Dictionary<string, Sent> _sent = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<string> _waiting = [];
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private TaskCompletionSource _changed = NewSignal();
    private WebApplication? _app;
    private int _tickets;
    private int _envelopes;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Called with each acknowledged envelope id as the ack arrives, before it is recorded (to look at the database then).</summary>
    public Func<string, Task>? OnAck { get; set; }

    /// <summary>The next ack is lost with its connection (dropped as the ack arrives), so Slack resends that envelope.</summary>
    public bool DropOnNextAck { get; set; }

    /// <summary>The most connections open at once (2 when a refresh opened the new one before the old closed).</summary>
    public int MaxOpenAtOnce { get; private set; }

    public JsonObject PayloadOf(string envelopeId)
    {
        lock (_gate)
        {
            return JsonNode.Parse(_sent[envelopeId].Payload)!.AsObject();
        }
    }

    public string TypeOf(string envelopeId)
    {
        lock (_gate)
        {
            return _sent[envelopeId].Type;
        }
    }

    /// <summary>URLs handed out by apps.connections.open.</summary>
    public int UrlsIssued => Volatile.Read(ref _tickets);

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        var server = new FakeSocketModeServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/link", server.AcceptAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        server._app = app;
        return server;
    }

    /// <summary>What apps.connections.open answers: a fresh ws URL with a one-use ticket.</summary>
    public string NewUrl() => $"ws://{BaseUrl.Authority}/link/?ticket={Interlocked.Increment(ref _tickets)}";

    /// <summary>Connections that said hello and are still open.</summary>
    public int OpenConnections
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count(c => !c.Ended.Task.IsCompleted);
            }
        }
    }

    public int ConnectionsAccepted
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    public IReadOnlyList<string> Acknowledged
    {
        get
        {
            lock (_gate)
            {
                return [.. _order.Where(id => _sent[id].Ack is not null)];
            }
        }
    }

    public IReadOnlyList<string> Unacknowledged
    {
        get
        {
            lock (_gate)
            {
                return [.. _order.Where(id => _sent[id].Ack is null)];
            }
        }
    }

    /// <summary>How often the envelope was sent (1 + resends).</summary>
    public int Deliveries(string envelopeId)
    {
        lock (_gate)
        {
            return _sent[envelopeId].Deliveries;
        }
    }

    public JsonObject? AckOf(string envelopeId)
    {
        lock (_gate)
        {
            return _sent[envelopeId].Ack;
        }
    }

    /// <summary>Sends a request envelope on the newest open connection (or the next one); returns its envelope_id.</summary>
    public async Task<string> SendAsync(string type, JsonObject payload, bool acceptsResponsePayload = false)
    {
        var id = $"env-{Interlocked.Increment(ref _envelopes):D5}-{Guid.NewGuid():N}"[..24];
        lock (_gate)
        {
            _sent[id] = new Sent(type, payload.ToJsonString(), acceptsResponsePayload);
            _order.Add(id);
            _waiting.Add(id);
        }

        await FlushAsync();
        return id;
    }

    /// <summary>Anything on the wire, as is (malformed JSON, an unknown type, an oversized message).</summary>
    public async Task SendRawAsync(string text)
    {
        var connection = await NewestAsync();
        await connection.SendAsync(text);
    }

    public async Task DisconnectAsync(string reason = "refresh_requested")
    {
        var connection = await NewestAsync();
        await connection.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-test" } }.ToJsonString());
    }

    /// <summary>The TCP connection goes away without a close handshake.</summary>
    public async Task DropAsync()
    {
        var connection = await NewestAsync();
        connection.Http.Abort();
        await connection.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public Task WaitForAcksAsync(int count, TimeSpan? timeout = null) => WaitUntilAsync(() => _order.Count(id => _sent[id].Ack is not null) >= count, timeout);

    public async Task<JsonObject> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => _sent[envelopeId].Ack is not null, timeout);
        return AckOf(envelopeId)!;
    }

    public Task WaitForConnectionsAsync(int accepted, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => _connections.Count(c => c.SaidHello) >= accepted, timeout);

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition())
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cts.Token);
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !int.TryParse(context.Request.Query["ticket"], out _))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new Connection(socket, context);
        lock (_gate)
        {
            _connections.Add(connection);
        }

        try
        {
            await connection.SendAsync(new JsonObject
            {
                ["type"] = "hello",
                ["num_connections"] = OpenConnections,
                ["debug_info"] = new JsonObject { ["host"] = "applink-test", ["approximate_connection_time"] = 18060 },
                ["connection_info"] = new JsonObject { ["app_id"] = "A0APP0001" },
            }.ToJsonString());
            lock (_gate)
            {
                connection.SaidHello = true;
                MaxOpenAtOnce = Math.Max(MaxOpenAtOnce, _connections.Count(c => c.SaidHello && !c.Ended.Task.IsCompleted));
            }

            Signal();
            await FlushAsync();
            await ReceiveAsync(connection);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The bot went away (killed, or dropped by the test).
        }
        finally
        {
            connection.Ended.TrySetResult();
            Requeue(connection);
            Signal();
            await FlushAsync();
        }
    }

    private async Task ReceiveAsync(Connection connection)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await connection.Socket.ReceiveAsync(buffer, connection.Http.RequestAborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    return;
                }

                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            var ack = JsonNode.Parse(message.ToArray()) as JsonObject;
            var id = (string?)ack?["envelope_id"];
            if (id is null)
            {
                continue;
            }

            if (DropOnNextAck)
            {
                DropOnNextAck = false;
                connection.Http.Abort();
                return;
            }

            bool known;
            lock (_gate)
            {
                // An ack of something sent raw (SendRawAsync) is not tracked.
                known = _sent.ContainsKey(id);
            }

            if (known && OnAck is { } hook)
            {
                await hook(id);
            }

            lock (_gate)
            {
                if (_sent.TryGetValue(id, out var sent) && sent.Ack is null)
                {
                    sent.Ack = ack;
                }
            }

            Signal();
        }
    }

    /// <summary>The unacknowledged envelopes of a connection that ended go out again.</summary>
    private void Requeue(Connection connection)
    {
        lock (_gate)
        {
            _waiting.AddRange(connection.Pending.Where(id => _sent[id].Ack is null && !_waiting.Contains(id)));

            connection.Pending.Clear();
        }
    }

    /// <summary>Sends what waits, oldest first (a resend goes before newer envelopes), one sender at a time so order holds.</summary>
    private async Task FlushAsync()
    {
        await _flushing.WaitAsync();
        try
        {
            await FlushWaitingAsync();
        }
        finally
        {
            _flushing.Release();
        }
    }

    private async Task FlushWaitingAsync()
    {
        while (true)
        {
            Connection? connection;
            string? id;
            Sent? sent;
            lock (_gate)
            {
                connection = _connections.LastOrDefault(c => c.SaidHello && !c.Ended.Task.IsCompleted);
                if (connection is null || _waiting.Count == 0)
                {
                    return;
                }

                id = _waiting.MinBy(_order.IndexOf)!;
                _waiting.Remove(id);

                sent = _sent[id];
                if (sent.Ack is not null)
                {
                    continue;
                }

                connection.Pending.Add(id);
                sent.Deliveries++;
            }

            var envelope = new JsonObject
            {
                ["envelope_id"] = id,
                ["type"] = sent.Type,
                ["payload"] = JsonNode.Parse(sent.Payload),
                ["accepts_response_payload"] = sent.AcceptsResponsePayload,
                ["retry_attempt"] = sent.Deliveries - 1,
                ["retry_reason"] = sent.Deliveries > 1 ? "timeout" : "",
            };
            try
            {
                await connection.SendAsync(envelope.ToJsonString());
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The connection is ending; its Requeue sends the envelope again.
            }
        }
    }

    private async Task<Connection> NewestAsync()
    {
        await WaitUntilAsync(() => _connections.Any(c => c.SaidHello && !c.Ended.Task.IsCompleted));
        lock (_gate)
        {
            return _connections.Last(c => c.SaidHello && !c.Ended.Task.IsCompleted);
        }
    }

    private void Signal()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            lock (_gate)
            {
                foreach (var connection in _connections.Where(c => !c.Ended.Task.IsCompleted))
                {
                    connection.Http.Abort();
                }
            }

            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class Sent(string type, string payload, bool acceptsResponsePayload)
    {
        public string Type { get; } = type;

        public string Payload { get; } = payload;

        public bool AcceptsResponsePayload { get; } = acceptsResponsePayload;

        public int Deliveries { get; set; }

        public JsonObject? Ack { get; set; }
    }

    private sealed class Connection(WebSocket socket, HttpContext http)
    {
        private readonly SemaphoreSlim _sending = new(1, 1);

        public WebSocket Socket { get; } = socket;

        public HttpContext Http { get; } = http;

        public bool SaidHello { get; set; }

        public List<string> Pending { get; } = [];

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task SendAsync(string text)
        {
            await _sending.WaitAsync();
            try
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Http.RequestAborted);
            }
            finally
            {
                _sending.Release();
            }
        }
    }
}
