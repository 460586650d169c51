using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace PartnershipBot.Channels.Teams;

/// <summary>The Bot Connector REST calls the bot makes (v3 API), one per operation.</summary>
public interface ITeamsConnector
{
    Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or, in Teams, finds) the 1:1 chat between the bot and a user, for proactive messages.</summary>
    Task<ConversationResourceResponse> CreatePersonalConversationAsync(string serviceUrl, string botId, string userId, string? tenantId, CancellationToken cancellationToken);
}

public sealed class TeamsConnectorException(string operation, int status)
    : Exception($"Bot Connector {operation} failed with HTTP {status}.")
{
    public int Status { get; } = status;
}

/// <summary>
/// Typed HttpClient over the Bot Connector service. Retries (429 with Retry-After, 412/502/504 with backoff and
/// jitter) and timeouts are in the resilience handler registered with it.
/// </summary>
internal sealed class TeamsConnectorClient(HttpClient http, IBotTokenProvider tokens, TrustedServiceUrls trusted, ConnectorHostPolicy hosts, ILogger<TeamsConnectorClient> logger)
    : ITeamsConnector
{
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, "reply", cancellationToken);

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, "send", cancellationToken);

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, "update", cancellationToken);

    public async Task<ConversationResourceResponse> CreatePersonalConversationAsync(string serviceUrl, string botId, string userId, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var body = new Dictionary<string, object?>
        {
            ["bot"] = new ChannelAccount { Id = botId },
            ["members"] = new[] { new ChannelAccount { Id = userId } },
            ["isGroup"] = false,
            ["tenantId"] = tenantId,
            ["channelData"] = tenantId is null ? null : new { tenant = new { id = tenantId } },
        };
        var created = await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", body, "create", cancellationToken);
        return created?.Id is null ? throw new TeamsConnectorException("create", 200) : created;
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object body, string operation, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentNullException.ThrowIfNull(body);
        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
        {
            Content = JsonContent.Create(body, body.GetType(), options: TeamsJson.Options),
        };

        if (tokens.SendsTokens)
        {
            // Both: a connector host (so a forged or stale URL cannot collect the token) that an authenticated
            // activity used (so the token only goes where the Bot Connector itself told us to answer).
            var refusal = hosts.Refusal(serviceUrl)
                ?? (trusted.IsTrusted(serviceUrl) ? null : $"the service URL for {request.RequestUri!.Host} did not arrive in an authenticated activity");
            if (refusal is not null)
            {
                TeamsLog.ServiceUrlRefused(logger, refusal);
                throw new ServiceUrlRefusedException(refusal);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        }
        else if (!TeamsEndpoint.IsLoopback(serviceUrl))
        {
            // Anonymous local mode talks only to the local tool that called it.
            var refusal = $"anonymous local mode sends only to loopback service URLs, not {request.RequestUri!.Host}";
            TeamsLog.ServiceUrlRefused(logger, refusal);
            throw new ServiceUrlRefusedException(refusal);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            TeamsLog.ConnectorFailed(logger, method.Method, operation, (int)response.StatusCode);
            throw new TeamsConnectorException(operation, (int)response.StatusCode);
        }

        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(TeamsJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            // The call succeeded; an odd answer body (the Emulator sends some) only costs us the new activity id.
            return null;
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
