using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Tests.Slack.Support;

public sealed record RecordedCall(string Kind, string Method, string? Authorization, JsonObject Body)
{
    /// <summary>The ts the fake gave a chat.postMessage (the message's id for chat.update).</summary>
    public string? Ts { get; init; }

    public string? this[string field] => Body[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Body[field]?.ToJsonString();
}

/// <summary>
/// A stand-in for Slack on loopback (real Kestrel on 127.0.0.1:0): the Web API under /api/{method} and a
/// response_url sink under /response/{id}. Records every call; can hold calls on a gate or answer errors.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string DmChannel = "D0DM00001";
    private readonly List<RecordedCall> _calls = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = NewSignal();
    private WebApplication? _app;
    private int _ts;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public Uri ResponseUrl(string id) => new(BaseUrl, $"response/{id}");

    /// <summary>When set, Web API calls wait on it (a slow Slack) and <see cref="Blocked"/> fires.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public TaskCompletionSource Blocked { get; } = NewSignal();

    /// <summary>When set, <see cref="Hold"/> applies only to the calls it matches (method, body); the others answer at once.</summary>
    public Func<string, JsonObject, bool>? HoldOnly { get; set; }

    /// <summary>Per method: statuses to answer first (e.g. 429), then the normal answer.</summary>
    public Dictionary<string, Queue<(int Status, string? RetryAfter)>> Statuses { get; } = [];

    /// <summary>What apps.connections.open answers as the Socket Mode URL (a <see cref="FakeSocketModeServer"/>'s).</summary>
    public Func<string>? SocketUrl { get; set; }

    /// <summary>Calls refused for breaking Block Kit's limits, with the problems found: a test expects none.</summary>
    public List<(string Method, IReadOnlyList<string> Problems)> Refusals { get; } = [];

    /// <summary>Per method: an ok:false error code.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The locale users.info answers for every user (Slack's user language, asked with include_locale).</summary>
    public string UserLocale { get; set; } = "en-GB";

    public static async Task<FakeSlackApi> StartAsync()
    {
        var fake = new FakeSlackApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/api/{method}", (string method, HttpContext context) => fake.HandleApiAsync(method, context));
        app.MapPost("/upload/{fileId}", async (string fileId, HttpContext context) =>
        {
            using var bytes = new MemoryStream();
            await context.Request.Body.CopyToAsync(bytes);
            lock (fake._gate)
            {
                fake.Uploads[fileId] = bytes.ToArray();
            }

            fake.Record(new RecordedCall("upload", fileId, context.Request.Headers.Authorization.ToString(), []));
            return Results.Ok();
        });
        app.MapPost("/response/{id}", async (string id, HttpContext context) =>
        {
            fake.Record(new RecordedCall("response", id, context.Request.Headers.Authorization.ToString(), await ReadBodyAsync(context.Request)));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        fake._app = app;
        return fake;
    }

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Bytes posted to an upload_url, by file id (files.getUploadURLExternal's answer).</summary>
    public Dictionary<string, byte[]> Uploads { get; } = [];

    private readonly Dictionary<string, int> _declaredLengths = [];

    public IReadOnlyList<RecordedCall> Api(string method) => [.. Calls.Where(c => c.Kind == "api" && c.Method == method)];

    public IReadOnlyList<RecordedCall> Responses => [.. Calls.Where(c => c.Kind == "response")];

    /// <summary>Waits (signal-driven, no polling sleep) until a recorded call matches.</summary>
    public async Task<RecordedCall> WaitForAsync(Func<RecordedCall, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _calls.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cts.Token);
        }
    }

    public Task<RecordedCall> WaitForApiAsync(string method, Func<RecordedCall, bool>? match = null) =>
        WaitForAsync(c => c.Kind == "api" && c.Method == method && (match?.Invoke(c) ?? true));

    /// <summary>How long every Web API call takes (a slow Slack, so a bulk send is still running when needed).</summary>
    public TimeSpan Latency { get; set; }

    private async Task<IResult> HandleApiAsync(string method, HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        // A slow Slack still opens sockets: Socket Mode tests hold the replies, not the connection.
        if (Hold is { } hold && method != "apps.connections.open" && (HoldOnly?.Invoke(method, body) ?? true))
        {
            Blocked.TrySetResult();
            await hold.Task;
        }

        // Numbered before it is recorded, so a test can tell which message a later chat.update edits.
        var ts = $"1700000000.{Interlocked.Increment(ref _ts):D6}";
        Record(new RecordedCall("api", method, context.Request.Headers.Authorization.ToString(), body) { Ts = method == "chat.postMessage" ? ts : null });
        lock (_gate)
        {
            if (Statuses.TryGetValue(method, out var queue) && queue.TryDequeue(out var status))
            {
                if (status.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = status.RetryAfter;
                }

                return Results.StatusCode(status.Status);
            }
        }

        if (Errors.TryGetValue(method, out var error))
        {
            return Results.Json(new { ok = false, error });
        }

        // Like Slack: a payload over Block Kit's limits is refused, with what was wrong.
        var problems = method switch
        {
            "chat.postMessage" or "chat.update" => BlockKitLimits.Message(body),
            "views.open" => string.IsNullOrEmpty(body["trigger_id"]?.GetValue<string>()) ? ["trigger_id missing"] : BlockKitLimits.View(body["view"]),
            "views.update" => string.IsNullOrEmpty(body["view_id"]?.GetValue<string>()) && string.IsNullOrEmpty(body["external_id"]?.GetValue<string>())
                ? ["view_id or external_id missing"]
                : BlockKitLimits.View(body["view"]),
            "views.publish" => BlockKitLimits.PublishedView(body),
            _ => [],
        };
        if (problems.Count > 0)
        {
            lock (_gate)
            {
                Refusals.Add((method, problems));
            }

            return Results.Json(new { ok = false, error = method is "views.open" or "views.update" or "views.publish" ? "invalid_arguments" : "invalid_blocks", response_metadata = new { messages = problems } });
        }

        // Slack knows users by their id (U... or W..., no team prefix) and answers anything else with user_not_found.
        if (method == "conversations.open" && !IsSlackUserId(body["users"]?.GetValue<string>()))
        {
            return Results.Json(new { ok = false, error = "user_not_found" });
        }

        if (method == "files.getUploadURLExternal")
        {
            // Like Slack: the name and the exact length are required before an upload address is given.
            if (string.IsNullOrEmpty(body["filename"]?.GetValue<string>()) || !int.TryParse(body["length"]?.GetValue<string>(), out var length) || length <= 0)
            {
                return Results.Json(new { ok = false, error = "invalid_arguments" });
            }

            var fileId = $"F{ts.Replace(".", "", StringComparison.Ordinal)}";
            lock (_gate)
            {
                _declaredLengths[fileId] = length;
            }

            return Results.Json(new { ok = true, upload_url = new Uri(BaseUrl, $"upload/{fileId}").AbsoluteUri, file_id = fileId });
        }

        if (method == "files.completeUploadExternal")
        {
            // Only a file whose bytes arrived, with the length announced, can be shared.
            var file = body["files"] is JsonArray { Count: 1 } files ? files[0]?["id"]?.GetValue<string>() : null;
            lock (_gate)
            {
                if (file is null || !Uploads.TryGetValue(file, out var bytes) || bytes.Length != _declaredLengths.GetValueOrDefault(file))
                {
                    return Results.Json(new { ok = false, error = "file_not_found" });
                }
            }

            return Results.Json(new { ok = true, files = new[] { new { id = file } } });
        }

        if (method == "apps.connections.open")
        {
            // Like Slack: only an app-level token opens a socket; a bot token is the wrong type.
            return !context.Request.Headers.Authorization.ToString().StartsWith("Bearer xapp-", StringComparison.Ordinal)
                ? Results.Json(new { ok = false, error = "not_allowed_token_type" })
                : SocketUrl is { } url ? Results.Json(new { ok = true, url = url() }) : Results.Json(new { ok = false, error = "socket_mode_not_enabled" });
        }

        return method switch
        {
            "chat.postMessage" => Results.Json(new { ok = true, channel = body["channel"]?.GetValue<string>(), ts }),
            "chat.update" => Results.Json(new { ok = true, channel = body["channel"]?.GetValue<string>(), ts = body["ts"]?.GetValue<string>() }),
            "views.open" or "views.publish" => Results.Json(new { ok = true, view = new { id = $"V{ts.Replace(".", "", StringComparison.Ordinal)}" } }),
            "views.update" => Results.Json(new { ok = true, view = new { id = body["view_id"]?.GetValue<string>() } }),
            "chat.postEphemeral" => Results.Json(new { ok = true, message_ts = ts }),
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = DmChannel } }),
            "users.info" => Results.Json(new
            {
                ok = true,
                user = new { id = body["user"]?.GetValue<string>(), name = "ada", real_name = "Ada Lovelace", tz = "Europe/Berlin", locale = UserLocale, profile = new { display_name = "Ada" } },
            }),
            "auth.test" => Results.Json(new { ok = true, team = "Acme", team_id = "T0TEAM001", user = "partnershipbot", bot_id = "B0BOT0001" }),
            _ => Results.Json(new { ok = false, error = "unknown_method" }),
        };
    }

    private void Record(RecordedCall call)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _calls.Add(call);
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return new JsonObject(form.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value.ToString()))));
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    public static bool IsSlackUserId(string? id) =>
        id is { Length: >= 3 } && id[0] is 'U' or 'W' && id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        Hold?.TrySetResult();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
