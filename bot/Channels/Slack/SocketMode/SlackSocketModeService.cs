using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Slack Socket Mode (Slack:SocketMode with Slack:AppToken): opens a WebSocket URL with apps.connections.open,
/// and for each request envelope writes the inbox row the HTTP endpoint would write, then acknowledges it. An
/// envelope that was not stored is not acknowledged, so Slack sends it again; a resend is found by the inbox's
/// de-duplication. Reconnects when Slack asks (a new connection first, then the old one closed), when the socket
/// drops (at once after a connection that worked, with a growing wait after failures), and stops on shutdown.
/// </summary>
public sealed class SlackSocketModeService(
    IOptionsMonitor<SlackOptions> options,
    SlackSocketStatus status,
    SlackSocketDispatcher dispatcher,
    IServiceScopeFactory scopes,
    DatabaseStatus database,
    TimeProvider clock,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    // Slack resends what is not acknowledged within 3 seconds; an envelope still unstored after this is left to that.
    private static readonly TimeSpan EnvelopeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The wait after <paramref name="failures"/> failed attempts in a row: 1 s, 2 s, 4 s... up to a minute, with jitter.</summary>
    public static TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(60, Math.Pow(2, Math.Max(0, failures - 1)));
        return TimeSpan.FromSeconds(seconds * (1 + (Random.Shared.NextDouble() * 0.2)));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        if (!settings.SocketMode)
        {
            return;
        }

        if (!settings.IsSocketModeReady)
        {
            status.NotConnected("Slack:AppToken is not set");
            SlackSocketLog.NoAppToken(logger);
            return;
        }

        status.NotConnected("connecting");
        SlackSocketConnection? current = null;
        try
        {
            // Nothing can be stored before the schema is in place, and nothing may be acknowledged unstored.
            await database.Ready.WaitAsync(stoppingToken);
            var failures = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                var (next, error) = await OpenAsync(stoppingToken);
                if (next is null)
                {
                    var delay = Backoff(++failures);
                    status.NotConnected(error!);
                    SlackSocketLog.OpenFailed(logger, error!, delay);
                    await Task.Delay(delay, clock, stoppingToken);
                    continue;
                }

                next.Start(HandleSafelyAsync, settings.MaxRequestBodyBytes + (16 * 1024), stoppingToken);
                if (current is not null)
                {
                    // Slack asked for a fresh connection: the old one keeps taking envelopes until the new one says hello.
                    await Task.WhenAny(next.Hello, next.ReplacementNeeded, Task.Delay(HelloTimeout, clock, stoppingToken));
                    await current.CloseAsync();
                    await current.DisposeAsync();
                }

                current = next;
                var reason = await current.ReplacementNeeded.WaitAsync(stoppingToken);
                if (current.IsOpen)
                {
                    SlackSocketLog.DisconnectRequested(logger, reason);
                    continue;
                }

                failures = current.Hello.IsCompleted ? 0 : failures + 1;
                var wait = failures == 0 ? TimeSpan.Zero : Backoff(failures);
                status.NotConnected($"the connection ended ({reason})");
                SlackSocketLog.Dropped(logger, reason, wait);
                await current.DisposeAsync();
                current = null;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            if (current is not null)
            {
                await current.CloseAsync();
                await current.DisposeAsync();
            }

            status.NotConnected("stopped");
            SlackSocketLog.Stopped(logger);
        }
    }

    private async Task<(SlackSocketConnection? Connection, string? Error)> OpenAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().OpenSocketConnectionAsync(stoppingToken);
        if (!opened.Ok)
        {
            return (null, $"apps.connections.open answered {opened.Error}");
        }

        if (!Uri.TryCreate(opened.Get("url"), UriKind.Absolute, out var url) || !IsSocketUrl(url))
        {
            SlackSocketLog.UrlRefused(logger);
            return (null, "the connection URL was refused");
        }

        try
        {
            return (await SlackSocketConnection.ConnectAsync(url, ConnectTimeout, stoppingToken), null);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException || (e is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            return (null, $"the WebSocket did not open ({e.GetType().Name})");
        }
    }

    /// <summary>wss only; ws on loopback is what the tests' stand-in for Slack speaks.</summary>
    internal static bool IsSocketUrl(Uri url) =>
        string.IsNullOrEmpty(url.UserInfo) && (url.Scheme == "wss" || (url.Scheme == "ws" && (url.IsLoopback || IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip))));

    /// <summary>Whatever one message does, the loop goes on to the next.</summary>
    private async Task HandleSafelyAsync(SlackSocketConnection connection, byte[]? message)
    {
        try
        {
            await HandleAsync(connection, message);
        }
        catch (Exception e)
        {
            SlackSocketLog.BadMessage(logger, $"handling it failed ({e.GetType().Name})");
        }
    }

    private async Task HandleAsync(SlackSocketConnection connection, byte[]? message)
    {
        if (message is null)
        {
            SlackSocketLog.BadMessage(logger, "larger than the limit (Slack:MaxRequestBodyBytes)");
            return;
        }

        if (SlackSocketEnvelope.Parse(message) is not { } envelope)
        {
            SlackSocketLog.BadMessage(logger, "not a JSON object with a type");
            return;
        }

        switch (envelope.Type)
        {
            case SlackSocketEnvelope.Hello:
                var appId = SlackActionMapper.Str(SlackActionMapper.At(envelope.Message, "connection_info", "app_id"));
                var count = envelope.Message["num_connections"] is JsonValue n && n.TryGetValue<int>(out var c) ? c : 1;
                status.Connected(appId);
                SlackSocketLog.Connected(logger, appId, count);
                connection.SawHello();
                return;
            case SlackSocketEnvelope.Disconnect:
                connection.RequestReplacement(envelope.Reason ?? "disconnect");
                return;
        }

        if (envelope.EnvelopeId is not { Length: > 0 } envelopeId)
        {
            SlackSocketLog.BadMessage(logger, $"a {envelope.Type} message without envelope_id");
            return;
        }

        using var limit = new CancellationTokenSource(EnvelopeTimeout);
        SlackSocketDispatch dispatch;
        if (SlackSocketDispatcher.ToRequest(envelope) is null)
        {
            // Acknowledged, or Slack would keep resending something this app does not handle.
            SlackSocketLog.UnknownType(logger, envelopeId, envelope.Type);
            dispatch = new SlackSocketDispatch(true, null, StatusCodes.Status200OK);
        }
        else
        {
            try
            {
                dispatch = await dispatcher.DispatchAsync(envelope, limit.Token);
            }
            catch (Exception e)
            {
                SlackSocketLog.Failed(logger, envelopeId, envelope.Type, e);
                return;
            }
        }

        if (!dispatch.Acknowledge)
        {
            SlackSocketLog.NotStored(logger, envelopeId, envelope.Type, dispatch.Status);
            return;
        }

        if (dispatch.Status is < 200 or >= 300)
        {
            // Malformed for its endpoint (400), too large (413): storing it will never work, so Slack need not resend.
            SlackSocketLog.Refused(logger, envelopeId, envelope.Type, dispatch.Status);
        }

        if (await connection.SendAsync(SlackSocketEnvelope.Ack(envelopeId, dispatch.Payload), limit.Token))
        {
            SlackSocketLog.Acknowledged(logger, envelopeId, envelope.Type);
        }
    }
}
