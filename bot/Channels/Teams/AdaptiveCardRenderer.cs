using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Safety;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Neutral prompts and cards -> Adaptive Card 1.5 JSON. Every submit carries {"action": id} in its data so the
/// inbound side maps it back to a <see cref="UserAction"/>; Teams merges input values into that data. The card's own
/// chrome (labels, Submit, Save, Show details) is in the culture given: the turn's, or the recipient's outside a turn.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string ActionField = "action";

    /// <summary>Teams shows at most six buttons in a row comfortably; longer choice lists become a picker.</summary>
    public const int MaxChoiceButtons = 5;

    /// <summary>Button titles longer than this are cut off at the card's edge, so such options become a wrapped list.</summary>
    public const int MaxButtonTitle = 30;

    public static JsonObject Choices(ChoicesReply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray { TextBlock(reply.Prompt) };
        var actions = new JsonArray();
        if (!reply.MultiSelect && reply.Choices.Count <= MaxChoiceButtons && reply.Choices.All(c => c.Title.Length <= MaxButtonTitle))
        {
            foreach (var choice in reply.Choices)
            {
                actions.Add(Submit(choice.Title, PromptData(reply.PromptToken, choice.Value), CardIds.Answer));
            }
        }
        else
        {
            var choices = new JsonArray();
            foreach (var choice in reply.Choices)
            {
                choices.Add(new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value });
            }

            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = CardIds.Answer,
                ["label"] = (reply.MultiSelect ? Say.CardYourAnswers : Say.CardYourAnswer).Plain(culture),
                ["style"] = "expanded",
                ["wrap"] = true,
                ["isMultiSelect"] = reply.MultiSelect,
                ["isRequired"] = true,
                ["errorMessage"] = Say.CardChooseAnOption.Plain(culture),
                ["choices"] = choices,
            });
            actions.Add(Submit(Say.CardSubmit.Plain(culture), PromptData(reply.PromptToken), CardIds.Answer));
        }

        return Card(body, actions);
    }

    public static JsonObject DatePrompt(DatePromptReply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var input = new JsonObject
        {
            ["type"] = "Input.Date",
            ["id"] = CardIds.Answer,
            ["label"] = Say.CardDate.Plain(culture),
            ["isRequired"] = true,
            ["errorMessage"] = Say.CardPickADate.Plain(culture),
        };
        if (reply.Suggested is { } suggested)
        {
            input["value"] = suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Card([TextBlock(reply.Prompt), input], [Submit(Say.CardSubmit.Plain(culture), PromptData(reply.PromptToken), CardIds.Answer)]);
    }

    public static JsonObject Render(Card card, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = card.Title.Value, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        if (!string.IsNullOrWhiteSpace(card.Text))
        {
            body.Add(TextBlock(card.Text!));
        }

        if (card.Facts.Count > 0)
        {
            body.Add(FactSet(card.Facts));
        }

        foreach (var section in card.Sections)
        {
            // One container per section (an assessment: one per recommendation) so each reads as its own block.
            var items = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = section.Heading.Value, ["weight"] = "Bolder", ["wrap"] = true },
            };
            if (!string.IsNullOrWhiteSpace(section.Text))
            {
                items.Add(TextBlock(section.Text!));
            }

            if (section.Facts.Count > 0)
            {
                items.Add(FactSet(section.Facts));
            }

            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items });
        }

        var details = new JsonArray();
        foreach (var entry in card.Checklist)
        {
            // The label (every input has one) carries the date, so it says something the line does not: the toggle's
            // title is the numbered item alone, plain text.
            body.Add(new JsonObject
            {
                ["type"] = "Input.Toggle",
                ["id"] = CardIds.ChecklistItemPrefix + entry.ItemId,
                ["title"] = entry.Number > 0 ? $"{entry.Number.ToString(CultureInfo.InvariantCulture)}. {entry.Text}" : entry.Text,
                ["label"] = entry switch
                {
                    { Overdue: true, Due: { } due } => Say.CardOverdueDue.Plain(culture, due),
                    { Due: { } due } => Say.CardDue.Plain(culture, due),
                    _ => Say.CardNoFixedDate.Plain(culture),
                },
                ["value"] = entry.Done ? "true" : "false",
                ["valueOn"] = "true",
                ["valueOff"] = "false",
                ["wrap"] = true,
            });
            if (!string.IsNullOrWhiteSpace(entry.Detail))
            {
                // Owner and source stay out of the way until "Show details" is pressed.
                var id = $"detail:{entry.ItemId}";
                details.Add(id);
                body.Add(new JsonObject { ["type"] = "TextBlock", ["id"] = id, ["isVisible"] = false, ["text"] = entry.Detail, ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true, ["spacing"] = "None" });
            }
        }

        var actions = new JsonArray();

        var hasSave = false;
        foreach (var action in card.Actions)
        {
            if (card.Checklist.Count > 0 && action.Id == CardIds.ChecklistSave)
            {
                hasSave = true;
                actions.Add(Execute(action));
            }
            else if (action.Id == SafetyReceipts.Action)
            {
                // Clicked in a channel, where only an invoke (answered with the refreshed card) can be acted on.
                actions.Add(Execute(action));
            }
            else
            {
                actions.Add(Submit(action.Title, action.Values, action.Id, action.Style));
            }

            if (action.Id == CardIds.EditCollaboration)
            {
                // The chat's edit stays (clients without dialogs); Teams can also edit the answers in a dialog.
                actions.Add(Submit(Say.CardEditInAForm.Plain(culture), action.Values, CardIds.EditForm));
            }
        }

        if (card.Checklist.Count > 0 && !hasSave)
        {
            // Toggles without a save button could never be stored.
            actions.Insert(0, Execute(new CardAction(CardIds.ChecklistSave, Say.CardSave.Plain(culture), new Dictionary<string, string>(), CardActionStyle.Positive)));
        }

        if (details.Count > 0)
        {
            actions.Add(new JsonObject { ["type"] = "Action.ToggleVisibility", ["title"] = Say.CardShowDetails.Plain(culture), ["targetElements"] = details });
        }

        return Card(body, actions);
    }

    /// <summary>A prompt card's submit data: the question's token (so an old card is recognised) and the clicked value.</summary>
    private static Dictionary<string, string> PromptData(string? token, string? answer = null)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (answer is not null)
        {
            data[CardIds.Answer] = answer;
        }

        if (token is not null)
        {
            data[CardIds.Prompt] = token;
        }

        return data;
    }

    public static JsonObject Attachment(JsonObject card) => new() { ["contentType"] = ContentType, ["content"] = card };

    /// <summary>
    /// Action.Execute refreshes the card in place through the adaptiveCard/action invoke (Universal Actions);
    /// clients without it fall back to an Action.Submit with the same data, which arrives as a message.
    /// </summary>
    private static JsonObject Execute(CardAction action)
    {
        var execute = Submit(action.Title, action.Values, action.Id, action.Style);
        execute["type"] = "Action.Execute";
        execute["verb"] = action.Id;
        execute["fallback"] = Submit(action.Title, action.Values, action.Id, action.Style);
        return execute;
    }

    private static JsonObject Submit(string title, IReadOnlyDictionary<string, string> values, string actionId, CardActionStyle style = CardActionStyle.Default)
    {
        var data = new JsonObject { [ActionField] = actionId };
        foreach (var (key, value) in values)
        {
            if (key != ActionField)
            {
                data[key] = value;
            }
        }

        if (actionId is CardIds.InterviewForm or CardIds.EditForm)
        {
            // Opens a dialog (task/fetch invoke) rather than posting the click to the chat.
            data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
        }

        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style != CardActionStyle.Default)
        {
            action["style"] = style == CardActionStyle.Positive ? "positive" : "destructive";
        }

        return action;
    }

    private static JsonObject TextBlock(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JsonObject FactSet(IReadOnlyList<CardFact> facts)
    {
        var items = new JsonArray();
        foreach (var fact in facts)
        {
            items.Add(new JsonObject { ["title"] = fact.Label.Value, ["value"] = fact.Value.Value });
        }

        return new JsonObject { ["type"] = "FactSet", ["facts"] = items };
    }

    private static JsonObject Card(JsonArray body, JsonArray actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        // Full width in Teams: facts and checklists wrap badly in the narrow default.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }
}
