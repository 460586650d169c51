using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Patterns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Runs a Socket Mode request through the HTTP endpoint that handles its kind, as the request Slack would have
/// posted there, so both ways in share one code path: the same workspace allow-list, per-user limits, inbox row
/// and de-duplication, and the same immediate answer (which becomes the acknowledgement's payload). Only the
/// signature check is skipped: the socket itself is authenticated.
/// </summary>
public sealed class SlackSocketDispatcher(EndpointDataSource endpoints, IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, RequestDelegate> handlers = new(StringComparer.Ordinal);

    /// <summary>The endpoint path, media type and body for a request envelope; null for a type that is not a request.</summary>
    public static (string Path, string MediaType, byte[] Body)? ToRequest(SlackSocketEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Payload is not { } payload)
        {
            return null;
        }

        return envelope.Type switch
        {
            // The Events API callback, exactly as it is posted to the request URL.
            SlackSocketEnvelope.EventsApi => (SlackServices.EventsPath, SlackRequestReader.Json, Encoding.UTF8.GetBytes(payload.ToJsonString())),
            // The slash command's form fields, as a JSON object.
            SlackSocketEnvelope.SlashCommands => (SlackServices.CommandsPath, SlackRequestReader.Form, Encoding.UTF8.GetBytes(Form(payload))),
            // The interaction payload, which HTTP wraps in a form field called payload.
            SlackSocketEnvelope.Interactive => (SlackServices.InteractionsPath, SlackRequestReader.Form,
                Encoding.UTF8.GetBytes("payload=" + WebUtility.UrlEncode(payload.ToJsonString()))),
            _ => null,
        };
    }

    public async Task<SlackSocketDispatch> DispatchAsync(SlackSocketEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (ToRequest(envelope) is not var (path, mediaType, body))
        {
            return new SlackSocketDispatch(true, null, StatusCodes.Status400BadRequest);
        }

        if (Handler(path) is not { } handler)
        {
            // The endpoints are not mapped (yet): nothing can be stored, Slack resends.
            return SlackSocketDispatch.NotStored(StatusCodes.Status503ServiceUnavailable);
        }

        await using var scope = scopes.CreateAsyncScope();
        using var responseBody = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Features.Set(new SlackSocketDelivery(body));
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "https";
        context.Request.Path = path;
        context.Request.ContentType = mediaType;
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        if (envelope.RetryAttempt > 0)
        {
            // What Slack's HTTP retries say, so the endpoint logs a repeated event as a retry.
            context.Request.Headers["X-Slack-Retry-Num"] = envelope.RetryAttempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Request.Headers["X-Slack-Retry-Reason"] = envelope.RetryReason;
        }

        context.Response.Body = responseBody;
        await handler(context);

        var status = context.Response.StatusCode;
        if (status >= 500)
        {
            // The inbox did not take it (full, or the database is unreachable): no acknowledgement, so Slack resends.
            return SlackSocketDispatch.NotStored(status);
        }

        var payload = status is >= 200 and < 300 && envelope.AcceptsResponsePayload ? ReadJson(responseBody.ToArray()) : null;
        return new SlackSocketDispatch(true, payload, status);
    }

    private RequestDelegate? Handler(string path)
    {
        if (handlers.TryGetValue(path, out var known))
        {
            return known;
        }

        var found = endpoints.Endpoints.OfType<RouteEndpoint>()
            .FirstOrDefault(e => RoutePatternMatches(e.RoutePattern, path)
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post, StringComparer.OrdinalIgnoreCase) == true)?.RequestDelegate;
        return found is null ? null : handlers.GetOrAdd(path, found);
    }

    private static bool RoutePatternMatches(RoutePattern pattern, string path) =>
        string.Equals("/" + pattern.RawText?.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase);

    private static string Form(JsonObject fields) => string.Join('&', fields
        .Where(f => f.Value is not null)
        .Select(f => WebUtility.UrlEncode(f.Key) + "=" + WebUtility.UrlEncode(f.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : f.Value!.ToJsonString())));

    private static JsonNode? ReadJson(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
