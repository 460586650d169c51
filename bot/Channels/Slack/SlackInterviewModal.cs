using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The interview's form pages as Slack modal views: a <see cref="FormPageReply"/> (the same pages, questions, choices
/// and checks the Teams dialog shows) becomes one input block per field, whose block_id is the field's id, so a
/// refusal comes back as <c>response_action: errors</c> keyed by it. private_metadata carries ids only (the DM
/// channel the turns run in and the page's values: its first question), well under Slack's 3000 characters.
/// </summary>
public static partial class SlackInterviewModal
{
    public const string CallbackId = "interview.form";

    /// <summary>The edit of a submitted collaboration: the same pages, another form (its callback_id is the form's action id).</summary>
    public const string EditCallbackId = CardIds.EditForm;
    public const string ValueAction = "value";
    public const string IntroBlock = "form.intro";
    public const int MaxTitle = 24;
    public const int MaxLabel = 2000;
    public const int MaxTextInput = 3000;

    /// <summary>Slack's radio buttons and checkboxes hold at most 10 options; longer lists become menus (at most 100).</summary>
    public const int MaxInlineOptions = 10;

    public const int MaxMenuOptions = 100;

    private const string DmKey = "dm";
    private const string ValuesKey = "values";
    private const string DraftKey = "draft";

    /// <summary>The page as a modal; <paramref name="inlineErrors"/> shows refusals under their fields (for a views.update, which cannot carry errors).</summary>
    public static JsonObject View(FormPageReply page, string dmChannel, CultureInfo culture, bool inlineErrors = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        var blocks = new JsonArray();
        if (page.Intro is { Length: > 0 } intro)
        {
            blocks.Add(new JsonObject { ["type"] = "context", ["block_id"] = IntroBlock, ["elements"] = new JsonArray(SlackBlocks.Mrkdwn(SlackMrkdwn.Truncate(SlackMrkdwn.FromMarkdown(intro), SlackBlocks.MaxSectionText))) });
        }

        foreach (var field in page.Fields)
        {
            blocks.Add(Input(field));
            if (inlineErrors && field.Error is { Length: > 0 } error)
            {
                blocks.Add(SlackBlocks.Context("\u26A0\uFE0F " + SlackMrkdwn.FromMarkdown(error)));
            }
        }

        // The page's own values (ids: its first question) come back with the submission, as the Teams dialog's buttons send them.
        var values = new JsonObject();
        foreach (var (key, value) in page.Values)
        {
            values[key] = value;
        }

        var metadata = new JsonObject { [DmKey] = dmChannel, [ValuesKey] = values };
        if (page.CanGoBack)
        {
            // Questions before this page are answered: there is a draft for the chat to carry on with when the modal is closed.
            metadata[DraftKey] = true;
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackOf(page.FormId),
            ["private_metadata"] = metadata.ToJsonString(),
            ["title"] = SlackBlocks.PlainText(Plain(page.Title.Value), MaxTitle),
            ["submit"] = SlackBlocks.PlainText((page.IsLast ? Say.CardSubmit : Say.CardNext).Plain(culture), MaxTitle),
            ["close"] = SlackBlocks.PlainText(Say.CardClose.Plain(culture), MaxTitle),
            // Closing tells the bot (view_closed), so it can say where the answers are.
            ["notify_on_close"] = true,
            ["blocks"] = blocks,
        };
    }

    /// <summary>
    /// A modal with a message and no inputs: "saving…", "submitted", or why the form could not go on; its title and
    /// button (Plan a collaboration, Close unless given) in <paramref name="culture"/>.
    /// </summary>
    public static JsonObject Message(string markdown, CultureInfo culture, LocalText? close = null, LocalText? title = null) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = CallbackId + ".message",
        ["title"] = SlackBlocks.PlainText((title ?? Say.FormPlanTitle).Plain(culture), MaxTitle),
        ["close"] = SlackBlocks.PlainText((close ?? Say.CardClose).Plain(culture), MaxTitle),
        ["blocks"] = new JsonArray([.. SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(markdown))]),
    };

    /// <summary>The refusals of a page, keyed by block id, as Slack's <c>response_action: errors</c> wants them.</summary>
    public static JsonObject Errors(FormPageReply page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new JsonObject();
        foreach (var field in page.Fields.Where(f => f.Error is { Length: > 0 }))
        {
            errors[field.Id] = SlackMrkdwn.Truncate(Plain(field.Error!), MaxLabel);
        }

        return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
    }

    /// <summary>Whether a view's callback_id is one of the forms' (the interview's or an edit's).</summary>
    public static bool IsForm(string? callbackId) => callbackId is CallbackId or EditCallbackId;

    /// <summary>The form's action id a submission of a view with <paramref name="callbackId"/> carries; the interview's for any other.</summary>
    public static string FormIdOf(string? callbackId) => callbackId == EditCallbackId ? CardIds.EditForm : CardIds.InterviewForm;

    public static bool HasErrors(FormPageReply page) => page?.Fields.Any(f => f.Error is { Length: > 0 }) ?? false;

    /// <summary>The DM channel, the page's values and whether a draft exists that a view of ours names, or null when the metadata is not ours.</summary>
    public static (string DmChannel, IReadOnlyDictionary<string, string> Values, bool Draft)? Read(string? privateMetadata)
    {
        try
        {
            if (privateMetadata is null || JsonNode.Parse(privateMetadata) is not JsonObject metadata)
            {
                return null;
            }

            var dm = SlackActionMapper.Str(metadata[DmKey]);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in metadata[ValuesKey] as JsonObject ?? [])
            {
                // Only the form's own keys: the step and the answers come from the submission, never from the metadata.
                if (SlackActionMapper.Str(value) is { Length: <= 100 } text && key != CardIds.FormStep && !key.StartsWith(CardIds.FormFieldPrefix, StringComparison.Ordinal))
                {
                    values[key] = text;
                }
            }

            var draft = metadata[DraftKey] is JsonValue flag && flag.TryGetValue<bool>(out var saved) && saved;
            return dm is not null && DmChannelPattern().IsMatch(dm) ? (dm, values, draft) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The submitted page as the form's Next: each input block of ours (block_id = the field id) with its value as the
    /// Teams dialog sends it (a choice's value, several joined by commas, a date as yyyy-MM-dd, text as typed).
    /// </summary>
    public static UserAction Submitted(JsonObject view, IReadOnlyDictionary<string, string> pageValues)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pageValues);
        var values = new Dictionary<string, string>(pageValues, StringComparer.Ordinal) { [CardIds.FormStep] = CardIds.FormNext };
        if (SlackActionMapper.At(view, "state", "values") is JsonObject state)
        {
            foreach (var (blockId, block) in state)
            {
                if (blockId.StartsWith(CardIds.FormFieldPrefix, StringComparison.Ordinal) && block?[ValueAction] is JsonObject input)
                {
                    values[blockId] = ValueOf(input);
                }
            }
        }

        return new UserAction(FormIdOf(SlackActionMapper.Str(view["callback_id"])), values);
    }

    /// <summary>The first input's block id, where a refusal of the whole page (too busy) is shown.</summary>
    public static string? FirstInputBlock(JsonObject view) =>
        (SlackActionMapper.At(view, "state", "values") as JsonObject)?.Select(p => p.Key).FirstOrDefault(k => k.StartsWith(CardIds.FormFieldPrefix, StringComparison.Ordinal));

    private static string CallbackOf(string formId) => formId == CardIds.EditForm ? EditCallbackId : CallbackId;

    private static string ValueOf(JsonObject input) => SlackActionMapper.Str(input["type"]) switch
    {
        "radio_buttons" or "static_select" => SlackActionMapper.Str(SlackActionMapper.At(input, "selected_option", "value")) ?? "",
        "checkboxes" or "multi_static_select" => string.Join(",", (input["selected_options"] as JsonArray ?? []).Select(o => SlackActionMapper.Str(o?["value"])).OfType<string>()),
        "datepicker" => SlackActionMapper.Str(input["selected_date"]) ?? "",
        _ => SlackActionMapper.Str(input["value"]) ?? "",
    };

    private static JsonObject Input(FormField field)
    {
        JsonObject element;
        switch (field.Kind)
        {
            case FormFieldKind.Choice or FormFieldKind.MultiChoice:
                var multi = field.Kind == FormFieldKind.MultiChoice;
                var inline = field.Choices.Count <= MaxInlineOptions;
                var options = field.Choices.Take(MaxMenuOptions).Select(Option).ToList();
                element = new JsonObject
                {
                    ["type"] = (multi, inline) switch
                    {
                        (true, true) => "checkboxes",
                        (true, false) => "multi_static_select",
                        (false, true) => "radio_buttons",
                        _ => "static_select",
                    },
                    ["options"] = new JsonArray([.. options]),
                };
                if (!inline)
                {
                    element["placeholder"] = SlackBlocks.PlainText("Choose", SlackBlocks.MaxOptionText);
                }

                var chosen = (field.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var initial = options.Where(o => chosen.Contains(SlackActionMapper.Str(o["value"]), StringComparer.Ordinal)).ToList();
                if (multi && initial.Count > 0)
                {
                    element["initial_options"] = new JsonArray([.. initial.Select(o => o.DeepClone())]);
                }
                else if (!multi && initial.Count == 1)
                {
                    element["initial_option"] = initial[0].DeepClone();
                }

                break;
            case FormFieldKind.Date:
                element = new JsonObject { ["type"] = "datepicker" };
                if (DateOnly.TryParseExact(field.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    element["initial_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                break;
            default:
                // Numbers too: a typed "about 40" reaches the chat's number prompt, whose answer explains a refusal.
                var max = Math.Min(field.MaxLength ?? MaxTextInput, MaxTextInput);
                element = new JsonObject { ["type"] = "plain_text_input", ["max_length"] = max, ["multiline"] = max > 200 };
                if (field.Value is { Length: > 0 } value)
                {
                    element["initial_value"] = value.Length > max ? value[..max] : value;
                }

                break;
        }

        element["action_id"] = ValueAction;
        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Id,
            ["label"] = SlackBlocks.PlainText(Plain(field.Prompt), MaxLabel),
            ["element"] = element,
        };
    }

    private static JsonObject Option(ReplyChoice choice) => new()
    {
        ["text"] = SlackBlocks.PlainText(Plain(choice.Title), SlackBlocks.MaxOptionText),
        ["value"] = choice.Value,
    };

    /// <summary>Pack and code text for plain_text fields: the markdown's escapes and bold marks removed.</summary>
    private static string Plain(string markdown) => Markdown.Unescape(markdown).Replace("**", "", StringComparison.Ordinal);

    [GeneratedRegex("^D[A-Z0-9]{2,20}$")]
    private static partial Regex DmChannelPattern();
}
