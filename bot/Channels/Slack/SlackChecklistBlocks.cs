using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// A checklist as checkbox groups. A click on a checkbox comes back as the card's save action, so every
/// tick is saved at once. Slack reports only the selected options, so each group's block_id carries the
/// ids of its items (and the save action's values): unticked items can then be reported as "false".
/// </summary>
public static class SlackChecklistBlocks
{
    public const string BlockIdPrefix = "checklist:";

    public static IEnumerable<JsonObject> Render(IReadOnlyList<ChecklistEntry> items, IReadOnlyDictionary<string, string> saveValues)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(saveValues);
        var group = 0;
        var start = 0;
        while (start < items.Count)
        {
            var count = Math.Min(SlackBlocks.MaxCheckboxOptions, items.Count - start);
            // Shrink the group until its block_id fits Slack's 255 characters.
            while (count > 1 && BlockId(items.Skip(start).Take(count), saveValues, group).Length > SlackBlocks.MaxBlockId)
            {
                count--;
            }

            var chunk = items.Skip(start).Take(count).ToList();
            var blockId = BlockId(chunk, saveValues, group);
            if (blockId.Length > SlackBlocks.MaxBlockId)
            {
                // One very long item id: the group still works, unticking is then read from the message itself.
                blockId = $"{BlockIdPrefix}{group}";
            }

            yield return Group(chunk, blockId, group);
            if (DetailLine(chunk) is { } details)
            {
                yield return SlackBlocks.Context(details);
            }

            start += count;
            group++;
        }
    }

    public static JsonObject Group(IReadOnlyList<ChecklistEntry> chunk, string blockId, int group)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var options = chunk.Select(Option).ToList();
        var checkboxes = new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = SlackBlocks.ActionId(CardIds.ChecklistSave, $"items{group}"),
            ["options"] = new JsonArray([.. options]),
        };
        var done = chunk.Select((item, i) => (item, i)).Where(x => x.item.Done).Select(x => (JsonNode)options[x.i].DeepClone()).ToArray();
        if (done.Length > 0)
        {
            checkboxes["initial_options"] = new JsonArray(done);
        }

        return SlackBlocks.Actions([checkboxes], blockId);
    }

    /// <summary>Reads a block_id written by <see cref="Render"/>; null when the block is not a checklist group.</summary>
    public static ChecklistMeta? ParseBlockId(string? blockId)
    {
        if (blockId is null || !blockId.StartsWith(BlockIdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var json = blockId[BlockIdPrefix.Length..];
        var brace = json.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return new ChecklistMeta(new Dictionary<string, string>(), null);
        }

        try
        {
            var meta = JsonSerializer.Deserialize<MetaDto>(json[brace..]);
            return new ChecklistMeta(meta?.V ?? new Dictionary<string, string>(), meta?.I);
        }
        catch (JsonException)
        {
            return new ChecklistMeta(new Dictionary<string, string>(), null);
        }
    }

    // The line (number, overdue mark, text, due date); the details go to the group's context line, whole.
    private static JsonObject Option(ChecklistEntry item) =>
        SlackBlocks.Option(SlackMrkdwn.FromMarkdown(item.Line), CardIds.ChecklistItemPrefix + item.ItemId, item.Number > 0 ? null : item.Detail);

    private static string? DetailLine(IReadOnlyList<ChecklistEntry> chunk)
    {
        var lines = chunk.Where(i => i.Number > 0 && !string.IsNullOrWhiteSpace(i.Detail))
            .Select(i => $"*{i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.* {SlackMrkdwn.FromMarkdown(i.Detail!)}")
            .ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string BlockId(IEnumerable<ChecklistEntry> items, IReadOnlyDictionary<string, string> values, int group) =>
        BlockIdPrefix + group + JsonSerializer.Serialize(new MetaDto(
            new Dictionary<string, string>(values), [.. items.Select(i => i.ItemId)]));

    private sealed record MetaDto(Dictionary<string, string>? V, List<string>? I);
}

/// <summary>The save action's values and the item ids of one checkbox group (null when they did not fit).</summary>
public sealed record ChecklistMeta(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string>? ItemIds);
