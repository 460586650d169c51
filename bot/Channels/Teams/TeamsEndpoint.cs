using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// POST /api/messages: header check -> bounded body -> token signature and caller -> JSON -> activity checks
/// (serviceurl claim, endorsement, msteams channel, connector host; in anonymous mode a loopback serviceUrl) ->
/// tenant -> handler. In anonymous mode the host's LocalOnlyGate has already refused anyone not on this machine.
/// The token is verified before the body is parsed so nothing unauthenticated reaches the JSON reader beyond
/// the size limit. Error answers carry a short reason and never internals.
/// </summary>
internal static class TeamsEndpoint
{
    public const string Path = "/api/messages";

    private static readonly JsonTypeInfo<Activity> ActivityJson = (JsonTypeInfo<Activity>)TeamsJson.Options.GetTypeInfo(typeof(Activity));

    public static async Task<IResult> HandleAsync(HttpContext context, TeamsRuntime runtime, BotFrameworkAuthenticator authenticator,
        TrustedServiceUrls trusted, ConnectorHostPolicy hosts, TenantGate tenants, TeamsActivityHandler handler, IOptions<TeamsOptions> options,
        ILogger<TeamsActivityHandler> logger)
    {
        var cancellationToken = context.RequestAborted;
        if (runtime.Mode == TeamsMode.Disabled)
        {
            return Problem(logger, StatusCodes.Status503ServiceUnavailable, "The Teams channel is not configured on this server.");
        }

        var authenticated = runtime.Mode == TeamsMode.Authenticated;
        string? authorization = context.Request.Headers.Authorization;
        if (authenticated && string.IsNullOrWhiteSpace(authorization))
        {
            return Problem(logger, StatusCodes.Status401Unauthorized, "Missing bearer token.");
        }

        Activity? activity;
        ValidatedToken? token = null;
        var body = await LimitedRequestBody.ReadAsync(context.Request, options.Value.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Problem(logger, StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        }

        if (authenticated)
        {
            var (outcome, validated) = await authenticator.ValidateTokenAsync(authorization, cancellationToken);
            if (!outcome.IsAccepted)
            {
                return Problem(logger, outcome.Status, "The bearer token is not valid.", outcome.Reason);
            }

            token = validated;
        }

        if (!IsJson(context.Request.ContentType))
        {
            return Problem(logger, StatusCodes.Status415UnsupportedMediaType, "Activities are sent as application/json.");
        }

        try
        {
            activity = JsonSerializer.Deserialize(body, ActivityJson);
        }
        catch (JsonException)
        {
            return Problem(logger, StatusCodes.Status400BadRequest, "The body is not a valid activity.");
        }

        if (activity?.Type is null || !IsUsable(activity))
        {
            return Problem(logger, StatusCodes.Status400BadRequest, "The activity lacks type, serviceUrl, conversation or sender.");
        }

        if (token is not null)
        {
            var outcome = BotFrameworkAuthenticator.CheckActivity(token, activity);
            if (!outcome.IsAccepted)
            {
                return Problem(logger, outcome.Status, "The token does not cover this activity.", outcome.Reason);
            }

            // Replies carry our token, so the serviceUrl must be a connector host before it is trusted or stored.
            if (hosts.Refusal(activity.ServiceUrl) is { } refusal)
            {
                return Problem(logger, StatusCodes.Status403Forbidden, "The serviceUrl is not a Bot Framework connector host.", refusal);
            }

            trusted.Trust(activity.ServiceUrl!);
        }
        else if (!IsLoopback(activity.ServiceUrl))
        {
            // Anonymous replies carry no token, but they would still be requests to any address a caller names.
            return Problem(logger, StatusCodes.Status403Forbidden, "In anonymous local mode replies go only to this machine (a loopback serviceUrl).",
                "anonymous mode and a serviceUrl that is not a loopback address");
        }

        return await tenants.RefuseAsync(activity, cancellationToken) ?? await handler.HandleAsync(activity, cancellationToken);
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    internal static bool IsLoopback(string? serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static bool IsUsable(Activity activity) =>
        Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
        && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
        && (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate)
            || (!string.IsNullOrEmpty(activity.Conversation?.Id) && !string.IsNullOrEmpty(activity.From?.Id)));

    private static IResult Problem(ILogger logger, int status, string message, string? reason = null)
    {
        TeamsLog.Rejected(logger, status, reason ?? message);
        return Results.Json(new { error = message }, statusCode: status);
    }
}

/// <summary>The mode decided at start (see <see cref="TeamsMode"/>).</summary>
internal sealed class TeamsRuntime(TeamsMode mode)
{
    public TeamsMode Mode { get; } = mode;

    /// <summary>
    /// The mode for the start-up report, from the decision the endpoint enforces (never a second reading of the
    /// settings). It names only the real fix: anonymous mode is for local tools, not a way to try a deployment.
    /// </summary>
    public string Describe(string environmentName) => Mode switch
    {
        TeamsMode.Authenticated => "app id set",
        TeamsMode.Anonymous => "anonymous local mode (no MicrosoftAppId; Bot Framework Emulator / Agents Playground): only loopback connections on a loopback listener, not forwarded by a proxy or tunnel, are served (anything else gets 403), and replies go only to loopback service URLs",
        _ => $"off (no MicrosoftAppId in {environmentName}; set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId)",
    };
}
