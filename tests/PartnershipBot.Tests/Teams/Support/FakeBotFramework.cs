using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Tests.Teams.Support;

public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}

/// <summary>
/// The Microsoft side on loopback (a real Kestrel server on 127.0.0.1): Bot Connector v3 endpoints, the Entra
/// token endpoint MSAL calls, and an OpenID metadata document with its JWKS. Records every request.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    public const string MetadataPath = "/openid/.well-known/openidconfiguration";
    public const string KeysPath = "/openid/keys";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Location)> _failures = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Signal)> _waiters = [];
    private readonly Dictionary<string, string> _personal = new(StringComparer.Ordinal);
    private int _activityCounter;
    private int _tokenCounter;

    private FakeBotFramework(WebApplication app, TestKeys keys)
    {
        _app = app;
        Keys = keys;
    }

    public TestKeys Keys { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public string ServiceUrl => BaseUrl.AbsoluteUri.TrimEnd('/') + "/";

    public string MetadataUrl => new Uri(BaseUrl, MetadataPath).AbsoluteUri;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>What the bot posted to the connector, without typing indicators (a slow machine may add them to any turn).</summary>
    public IReadOnlyList<RecordedRequest> ConnectorRequests => [.. Requests.Where(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal) && !IsTyping(r))];

    public static bool IsTyping(RecordedRequest request) =>
        request.Body.Contains("\"typing\"", StringComparison.Ordinal) && (string?)request.Json["type"] == "typing";

    public int TokenRequests => Requests.Count(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));

    public static async Task<FakeBotFramework> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotFramework(app, new TestKeys());
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return fake;
    }

    /// <summary>The next connector call answers with this status (then the normal answer resumes).</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter, null));

    /// <summary>The next connector call answers 302 to <paramref name="location"/> (a connector must never be followed elsewhere).</summary>
    public void RedirectNext(string location) => _failures.Enqueue((StatusCodes.Status302Found, null, location));

    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match)
    {
        lock (_requests)
        {
            var existing = _requests.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Keys.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body);
        Record(request);

        var path = request.Path;
        if (path == MetadataPath)
        {
            await context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = new Uri(BaseUrl, KeysPath).AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            });
            return;
        }

        if (path == KeysPath)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Keys.Jwks());
            return;
        }

        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var number = Interlocked.Increment(ref _tokenCounter);
            await context.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"bot-token-{number}" });
            return;
        }

        if (path.StartsWith("/v3/", StringComparison.Ordinal))
        {
            if (_failures.TryDequeue(out var failure))
            {
                context.Response.StatusCode = failure.Status;
                if (failure.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = failure.RetryAfter;
                }

                if (failure.Location is not null)
                {
                    context.Response.Headers.Location = failure.Location;
                }

                return;
            }

            if (path == "/v3/conversations" && request.Method == "POST")
            {
                await context.Response.WriteAsJsonAsync(new { id = PersonalConversationFor((string?)request.Json["members"]?[0]?["id"] ?? "") });
                return;
            }

            var number = Interlocked.Increment(ref _activityCounter);
            await context.Response.WriteAsJsonAsync(new { id = $"activity-{number}" });
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>
    /// As the connector does, one 1:1 conversation per member: the first member asked about gets
    /// "a:1created-personal-conversation", each other member its own id.
    /// </summary>
    public string PersonalConversationFor(string memberId)
    {
        lock (_personal)
        {
            if (!_personal.TryGetValue(memberId, out var id))
            {
                id = _personal.Count == 0 ? "a:1created-personal-conversation" : $"a:1created-personal-conversation-{_personal.Count + 1}";
                _personal[memberId] = id;
            }

            return id;
        }
    }

    private void Record(RecordedRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult(request);
            }
        }
    }
}
