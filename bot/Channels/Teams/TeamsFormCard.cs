using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// A <see cref="FormPageReply"/> as the Adaptive Card of a Teams dialog (task module): one input per field, the
/// refusal of a value in red under its field, Back (sends no inputs) and Next or Submit. Inside a dialog every
/// Action.Submit comes back as a task/submit invoke with the data and the inputs.
/// </summary>
internal static class TeamsFormCard
{
    public static JsonObject Render(FormPageReply page, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = page.Title.Value, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        if (page.Intro is { Length: > 0 } intro)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = intro, ["wrap"] = true, ["isSubtle"] = true });
        }

        foreach (var field in page.Fields)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = field.Prompt, ["wrap"] = true, ["spacing"] = "Medium" });
            body.Add(Input(field, culture));
            if (field.Error is { Length: > 0 } error)
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = error, ["wrap"] = true, ["color"] = "Attention", ["spacing"] = "Small" });
            }
        }

        var actions = new JsonArray();
        if (page.CanGoBack)
        {
            var back = Submit(Say.CardBack.Plain(culture), page, CardIds.FormBack);
            back["associatedInputs"] = "none";
            actions.Add(back);
        }

        var next = Submit((page.IsLast ? Say.CardSubmit : Say.CardNext).Plain(culture), page, CardIds.FormNext);
        next["style"] = "positive";
        actions.Add(next);

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    private static JsonObject Submit(string title, FormPageReply page, string step)
    {
        var data = new JsonObject { [AdaptiveCardRenderer.ActionField] = page.FormId, [CardIds.FormStep] = step };
        foreach (var (key, value) in page.Values)
        {
            data[key] = value;
        }

        return new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
    }

    private static JsonObject Input(FormField field, CultureInfo culture)
    {
        var input = new JsonObject { ["id"] = field.Id, ["label"] = field.Label, ["isRequired"] = true, ["errorMessage"] = Say.CardAnswerThisQuestion.Plain(culture) };
        switch (field.Kind)
        {
            case FormFieldKind.Choice or FormFieldKind.MultiChoice:
                var choices = new JsonArray();
                foreach (var choice in field.Choices)
                {
                    choices.Add(new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value });
                }

                input["type"] = "Input.ChoiceSet";
                input["choices"] = choices;
                input["isMultiSelect"] = field.Kind == FormFieldKind.MultiChoice;
                input["style"] = field.Choices.Count <= AdaptiveCardRenderer.MaxChoiceButtons ? "expanded" : "compact";
                input["wrap"] = true;
                break;
            case FormFieldKind.Date:
                input["type"] = "Input.Date";
                break;
            default:
                // Numbers too: a typed "about 40" reaches the chat's number prompt, whose answer explains a refusal.
                input["type"] = "Input.Text";
                if (field.MaxLength is { } max)
                {
                    input["maxLength"] = max;
                    input["isMultiline"] = max > 200;
                }

                break;
        }

        if (field.Value is { Length: > 0 } value)
        {
            input["value"] = value;
        }

        return input;
    }
}
