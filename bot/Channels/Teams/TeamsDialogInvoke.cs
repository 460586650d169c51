using System.Text.Json;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Which invokes open or advance the interview's (or an edit's) dialog, and the <see cref="UserAction"/> each carries: task/fetch
/// and task/submit (a card's "Fill in a form" button and the dialog's own buttons, data under value.data), and a
/// message extension's action command (composeExtension/fetchTask opens, composeExtension/submitAction continues).
/// </summary>
internal static class TeamsDialogInvoke
{
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
    public const string ExtensionFetch = "composeExtension/fetchTask";
    public const string ExtensionSubmit = "composeExtension/submitAction";

    /// <summary>The manifest's message extension command (manifests/teams/manifest.json).</summary>
    public const string PlanCommand = "planCollaboration";

    public static bool Handles(string? name) => name is TaskFetch or TaskSubmit or ExtensionFetch or ExtensionSubmit;

    public static UserAction? ActionOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Name == ExtensionFetch)
        {
            return CommandOf(activity) == PlanCommand ? Open() : null;
        }

        var data = activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("data", out var d) ? d : default(JsonElement?);
        var action = TeamsTurnMapper.ActionFromValue(data);
        if (action?.Id is not (CardIds.InterviewForm or CardIds.EditForm))
        {
            return null;
        }

        // Fetching is always opening, whatever step a copied card's data names (an edit keeps its collaboration).
        if (activity.Name is not TaskFetch)
        {
            return action;
        }

        return action.Id == CardIds.EditForm
            ? new UserAction(CardIds.EditForm, new Dictionary<string, string>
            {
                [CardIds.FormStep] = CardIds.FormOpen,
                [PartnershipCards.CollaborationValue] = action[PartnershipCards.CollaborationValue] ?? "",
            })
            : Open();
    }

    private static UserAction Open() => new(CardIds.InterviewForm, new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen });

    private static string? CommandOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("commandId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
