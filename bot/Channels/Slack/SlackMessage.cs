using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Slack;

/// <summary>A rendered message: the notification/accessibility fallback text and the Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    public const int MaxBlocks = 50;

    /// <summary>Joins several messages into one (response_url allows only a few posts per command).</summary>
    public static SlackMessage Combine(IReadOnlyList<SlackMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var blocks = new JsonArray();
        foreach (var message in messages)
        {
            if (blocks.Count > 0)
            {
                blocks.Add(new JsonObject { ["type"] = "divider" });
            }

            foreach (var block in message.Blocks)
            {
                blocks.Add(block?.DeepClone());
            }
        }

        var text = SlackMrkdwn.Truncate(string.Join("\n", messages.Select(m => m.Text)), SlackBlocks.MaxFallbackText);
        return new SlackMessage(text, SlackBlocks.CapBlocks(blocks));
    }
}
