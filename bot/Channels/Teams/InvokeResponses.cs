using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The answer to an adaptiveCard/action invoke (Universal Actions), built in one place. The HTTP status stays 200:
/// the Universal Actions status travels inside the body, and only the person who clicked sees it.
/// </summary>
internal static class InvokeResponses
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>A short message shown where the card was clicked.</summary>
    public static IResult Message(string text) => Response(StatusCodes.Status200OK, MessageType, JsonValue.Create(text));

    /// <summary>The card that replaces the clicked one.</summary>
    public static IResult Card(JsonNode card) => Response(StatusCodes.Status200OK, AdaptiveCardRenderer.ContentType, card);

    public static IResult Error(int status, string code, string message) =>
        Response(status, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    private static IResult Response(int status, string type, JsonNode value) =>
        Results.Json(new JsonObject { ["statusCode"] = status, ["type"] = type, ["value"] = value }, statusCode: StatusCodes.Status200OK);
}
