using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>The Web API result: ok, Slack's error code, and the response body.</summary>
public sealed record SlackApiResponse(bool Ok, string? Error, JsonObject? Body)
{
    public string? Get(params string[] path)
    {
        JsonNode? node = Body;
        foreach (var part in path)
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}

public sealed record SlackUserInfo(string? DisplayName, string? TimeZone, string? Locale);

/// <summary>
/// A small hand-written Slack Web API client. 429 waits for Retry-After; ok:false becomes one log line with
/// the error code; an unreachable Slack becomes error "unreachable" rather than an exception.
/// </summary>
public sealed class SlackApiClient(
    HttpClient http, IOptionsMonitor<SlackOptions> options, SlackChannelPacer pacer, SlackResponseUrls responseUrls, TimeProvider time, ILogger<SlackApiClient> logger)
{
    public const string Unreachable = "unreachable";
    private const int MaxAttempts = 4;

    // Which token a call sends, named as the setting that holds it (for the not_authed log line).
    private const string BotToken = "Slack:BotToken";
    private const string AppToken = "Slack:AppToken";

    public async Task<SlackApiResponse> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await pacer.WaitTurnAsync(channel, cancellationToken);
        var body = MessageBody(message);
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return await CallJsonAsync("chat.postMessage", body, cancellationToken);
    }

    public async Task<SlackApiResponse> UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await pacer.WaitTurnAsync(channel, cancellationToken);
        var body = MessageBody(message);
        body["channel"] = channel;
        body["ts"] = ts;
        return await CallJsonAsync("chat.update", body, cancellationToken);
    }

    /// <summary>Opens a modal; <paramref name="triggerId"/> is the click's, which Slack honours for 3 seconds.</summary>
    public Task<SlackApiResponse> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallJsonAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);

    /// <summary>Replaces an open modal (any time while it is open; no trigger_id needed).</summary>
    public Task<SlackApiResponse> UpdateViewAsync(string viewId, JsonObject view, CancellationToken cancellationToken) =>
        CallJsonAsync("views.update", new JsonObject { ["view_id"] = viewId, ["view"] = view }, cancellationToken);

    /// <summary>The DM channel id with a user, or null (the error is logged).</summary>
    public async Task<SlackApiResponse> OpenConversationAsync(string userId, CancellationToken cancellationToken) =>
        await CallJsonAsync("conversations.open", new JsonObject { ["users"] = userId }, cancellationToken);

    public async Task<SlackUserInfo?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        // include_locale: the user's Slack language ("de-DE") is the culture of their turns (docs/languages.md).
        var response = await CallFormAsync("users.info", [new("user", userId), new("include_locale", "true")], cancellationToken);
        if (!response.Ok)
        {
            return null;
        }

        var display = response.Get("user", "profile", "display_name");
        var name = string.IsNullOrWhiteSpace(display) ? response.Get("user", "real_name") ?? response.Get("user", "name") : display;
        return new SlackUserInfo(name, response.Get("user", "tz"), response.Get("user", "locale"));
    }

    /// <summary>
    /// Shares a file in a channel through Slack's upload flow: files.getUploadURLExternal for an upload address, the
    /// bytes posted there, then files.completeUploadExternal to share it. The upload address must be Slack's file
    /// host (or the configured API host, where tests run their stand-in), so the bytes cannot be sent elsewhere.
    /// </summary>
    public async Task<SlackApiResponse> UploadFileAsync(string channel, string? threadTs, string fileName, string title, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var length = bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ticket = await CallFormAsync("files.getUploadURLExternal", [new("filename", fileName), new("length", length)], cancellationToken);
        if (!ticket.Ok)
        {
            return ticket;
        }

        if (ticket.Get("file_id") is not { Length: > 0 } fileId || !Uri.TryCreate(ticket.Get("upload_url"), UriKind.Absolute, out var uploadUrl) || !IsUploadHost(uploadUrl))
        {
            SlackLog.ApiError(logger, "files.getUploadURLExternal", "upload_url_refused");
            return new SlackApiResponse(false, "upload_url_refused", null);
        }

        try
        {
            using var uploaded = await SendWithRetryAsync("file upload", () => new HttpRequestMessage(HttpMethod.Post, uploadUrl)
            {
                Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
            }, options.CurrentValue.BotToken, cancellationToken);
            if (!uploaded.IsSuccessStatusCode)
            {
                SlackLog.ApiError(logger, "file upload", $"http_{(int)uploaded.StatusCode}");
                return new SlackApiResponse(false, $"http_{(int)uploaded.StatusCode}", null);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            SlackLog.ApiUnreachable(logger, "file upload", e);
            return new SlackApiResponse(false, Unreachable, null);
        }

        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null)
        {
            complete["thread_ts"] = threadTs;
        }

        await pacer.WaitTurnAsync(channel, cancellationToken);
        return await CallJsonAsync("files.completeUploadExternal", complete, cancellationToken);
    }

    private bool IsUploadHost(Uri url)
    {
        var api = options.CurrentValue.ApiBaseUrl;
        return string.IsNullOrEmpty(url.UserInfo)
            && ((url.Scheme == Uri.UriSchemeHttps && string.Equals(url.IdnHost, "files.slack.com", StringComparison.OrdinalIgnoreCase))
                || (url.Scheme == api.Scheme && string.Equals(url.Authority, api.Authority, StringComparison.OrdinalIgnoreCase)));
    }

    public Task<SlackApiResponse> AuthTestAsync(CancellationToken cancellationToken) =>
        CallFormAsync("auth.test", [], cancellationToken);

    /// <summary>
    /// Posts to a response_url from a signed Slack payload. It carries its own authority, so no bot token is sent.
    /// </summary>
    public async Task<bool> PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, bool replaceOriginal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);
        if (!responseUrls.IsAllowed(responseUrl))
        {
            SlackLog.ResponseUrlRefused(logger);
            return false;
        }

        var body = MessageBody(message);
        body["response_type"] = "ephemeral";
        body["replace_original"] = replaceOriginal;
        try
        {
            using var response = await SendWithRetryAsync("response_url", () => new HttpRequestMessage(HttpMethod.Post, responseUrl)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, token: null, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                SlackLog.ResponseUrlFailed(logger, (int)response.StatusCode);
            }

            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            SlackLog.ApiUnreachable(logger, "response_url", e);
            return false;
        }
    }

    public Task<SlackApiResponse> CallJsonAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var json = body.ToJsonString();
        return CallAsync(method, () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
    }

    private Task<SlackApiResponse> CallFormAsync(string method, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken) =>
        CallAsync(method, () => new FormUrlEncodedContent(fields), cancellationToken);

    /// <summary>
    /// apps.connections.open with the app-level token (Slack:AppToken, not the bot token): a fresh WebSocket URL
    /// for Socket Mode, good for one connection.
    /// </summary>
    public Task<SlackApiResponse> OpenSocketConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", () => new FormUrlEncodedContent([]), cancellationToken, AppToken);

    private async Task<SlackApiResponse> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken, string tokenSetting = BotToken)
    {
        var settings = options.CurrentValue;
        var token = tokenSetting == AppToken ? settings.AppToken : settings.BotToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            SlackLog.ApiError(logger, method, $"not_authed ({tokenSetting} is not set)");
            return new SlackApiResponse(false, "not_authed", null);
        }

        try
        {
            var uri = new Uri(WithTrailingSlash(settings.ApiBaseUrl), method);
            using var response = await SendWithRetryAsync(method, () => new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() }, token, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = TryParse(text);
            if (body is null)
            {
                var error = response.StatusCode == HttpStatusCode.TooManyRequests ? "ratelimited" : $"http_{(int)response.StatusCode}";
                SlackLog.ApiError(logger, method, error);
                return new SlackApiResponse(false, error, null);
            }

            var ok = body["ok"] is JsonValue okValue && okValue.TryGetValue<bool>(out var isOk) && isOk;
            var errorCode = ok ? null : (body["error"]?.GetValue<string>() ?? "unknown_error");
            if (errorCode is not null)
            {
                SlackLog.ApiError(logger, method, errorCode);
            }

            return new SlackApiResponse(ok, errorCode, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            SlackLog.ApiUnreachable(logger, method, e);
            return new SlackApiResponse(false, Unreachable, null);
        }
    }

    /// <param name="token">The bearer token to send (the bot's or the app's), or null for a response_url.</param>
    private async Task<HttpResponseMessage> SendWithRetryAsync(string method, Func<HttpRequestMessage> request, string? token, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            if (token is not null)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await http.SendAsync(message, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxAttempts)
            {
                return response;
            }

            var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            var max = options.CurrentValue.MaxRetryAfter;
            if (delay > max)
            {
                return response;
            }

            response.Dispose();
            SlackLog.RateLimited(logger, method, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private static JsonObject MessageBody(SlackMessage message) => new()
    {
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
        // Links in our replies point to guidance pages; previews would bury the answer.
        ["unfurl_links"] = false,
        ["unfurl_media"] = false,
    };

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
