using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Slack;

/// <summary>Block Kit building blocks and Slack's documented size limits.</summary>
public static class SlackBlocks
{
    public const int MaxSectionText = 3000;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxOptionText = 75;
    public const int MaxOptionValue = 150;
    public const int MaxHeaderText = 150;
    public const int MaxFieldText = 2000;
    public const int MaxFieldsPerSection = 10;
    public const int MaxElementsPerActions = 25;
    public const int MaxCheckboxOptions = 10;
    public const int MaxBlockId = 255;
    public const int MaxFallbackText = 3000;

    /// <summary>Separates the neutral action id from the suffix that keeps Slack action ids unique.</summary>
    public const char ActionSuffixSeparator = '#';

    /// <summary>Suffix of elements that only hold input state until a submit button is pressed.</summary>
    public const string InputSuffix = "input";

    public static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    public static JsonObject PlainText(string text, int max) =>
        new() { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Truncate(text, max), ["emoji"] = true };

    public static IEnumerable<JsonObject> Sections(string mrkdwn) =>
        SlackMrkdwn.Split(mrkdwn, MaxSectionText)
            .Where(chunk => chunk.Trim().Length > 0)
            .Select(chunk => new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(chunk) });

    public static JsonObject Header(string text) =>
        new() { ["type"] = "header", ["text"] = PlainText(text, MaxHeaderText) };

    public static JsonObject Context(string mrkdwn) =>
        new() { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(SlackMrkdwn.Truncate(mrkdwn, MaxSectionText))) };

    public static JsonObject Actions(IEnumerable<JsonObject> elements, string? blockId = null)
    {
        var block = new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. elements]) };
        if (blockId is not null)
        {
            block["block_id"] = blockId;
        }

        return block;
    }

    public static JsonObject Button(string actionId, string title, string? value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = PlainText(title, MaxButtonText),
        };
        if (!string.IsNullOrEmpty(value))
        {
            button["value"] = value;
        }

        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    public static JsonObject Option(string mrkdwnText, string value, string? description = null)
    {
        var option = new JsonObject
        {
            ["text"] = Mrkdwn(SlackMrkdwn.Truncate(mrkdwnText, MaxOptionText)),
            ["value"] = value,
        };
        if (!string.IsNullOrWhiteSpace(description))
        {
            option["description"] = PlainText(description, MaxOptionText);
        }

        return option;
    }

    public static JsonObject Fields(IEnumerable<(string Label, string Value)> facts) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. facts.Select(f => (JsonNode)Mrkdwn(
            SlackMrkdwn.Truncate($"*{SlackMrkdwn.Escape(f.Label)}*\n{SlackMrkdwn.FromMarkdown(f.Value)}", MaxFieldText)))]),
    };

    /// <summary>Keeps a message within Slack's 50 blocks, saying that something was left out.</summary>
    public static JsonArray CapBlocks(JsonArray blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count <= SlackMessage.MaxBlocks)
        {
            return blocks;
        }

        var kept = new JsonArray();
        foreach (var block in blocks.Take(SlackMessage.MaxBlocks - 1))
        {
            kept.Add(block?.DeepClone());
        }

        kept.Add(Context("_This message was shortened to fit Slack's limits. Type your answer, or type *help*._"));
        return kept;
    }

    /// <summary>
    /// block_id of a question's blocks: "prompt.{token}.{n}". Slack sends the block_id back with every click, so
    /// the click names the question it answers; a new token per asking also gives every card new block ids.
    /// </summary>
    public static string PromptBlockId(string? token, int index) =>
        $"{Dialogs.CardIds.Prompt}.{token ?? "none"}.{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The question token of a <see cref="PromptBlockId"/>; null for other blocks and for cards without one.</summary>
    public static string? PromptToken(string? blockId)
    {
        if (blockId is null || !blockId.StartsWith(Dialogs.CardIds.Prompt + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = blockId.Split('.');
        return parts.Length == 3 && parts[1] != "none" ? parts[1] : null;
    }

    public static string ActionId(string neutralId, string suffix) => $"{neutralId}{ActionSuffixSeparator}{suffix}";

    /// <summary>"answer#3" -> ("answer", "3"); ids without a suffix come back whole.</summary>
    public static (string Id, string Suffix) SplitActionId(string actionId)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        var at = actionId.LastIndexOf(ActionSuffixSeparator);
        return at < 0 ? (actionId, "") : (actionId[..at], actionId[(at + 1)..]);
    }
}
