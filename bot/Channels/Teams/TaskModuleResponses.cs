using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Answers to the dialog invokes (task/fetch, task/submit and a message extension's fetchTask/submitAction): show a
/// card in the dialog, show a short message, or close it.
/// </summary>
internal static class TaskModuleResponses
{
    public const string Height = "large";
    public const string Width = "medium";

    public static IResult Continue(string title, JsonObject card) => Results.Json(new JsonObject
    {
        ["task"] = new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = title,
                ["height"] = Height,
                ["width"] = Width,
                ["card"] = AdaptiveCardRenderer.Attachment(card),
            },
        },
    });

    public static IResult Message(string text) =>
        Results.Json(new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } });

    /// <summary>An empty 200 closes the dialog.</summary>
    public static IResult Close() => Results.Ok();
}
