using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Neutral replies -> Block Kit. Action ids are the neutral UserAction id plus a "#suffix" that keeps them
/// unique in a message; the interaction handler strips the suffix again, so the mapping stays generic. The chrome the
/// renderer adds (Submit, Choose 1, the date picker's hint) is in the culture given: the turn's, or the recipient's.
/// </summary>
public sealed class SlackBlockKitRenderer
{
    public SlackMessage Render(Reply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            TextReply text => RenderText(text),
            ChoicesReply { MultiSelect: true } choices => RenderMultiSelect(choices, culture),
            ChoicesReply choices => RenderChoices(choices, culture),
            DatePromptReply date => RenderDate(date, culture),
            CardReply card => RenderCard(card.Card, culture),
            _ => throw new ArgumentException($"Unknown reply kind {reply.GetType().Name}.", nameof(reply)),
        };
    }

    private static SlackMessage RenderText(TextReply reply)
    {
        var blocks = new JsonArray([.. SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(reply.Text))]);
        return Message(SlackMrkdwn.ToPlain(reply.Text), blocks);
    }

    private static SlackMessage RenderChoices(ChoicesReply reply, CultureInfo culture)
    {
        var blocks = new JsonArray([.. SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(reply.Prompt))]);
        var block = 0;
        if (reply.Choices.Any(c => c.Title.Length > SlackBlocks.MaxButtonText))
        {
            // Button and option texts stop at 75 characters: long options get a section each, with the whole text
            // and its own button, so the right answer is never cut off.
            foreach (var (choice, i) in reply.Choices.Select((c, i) => (c, i)))
            {
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                blocks.Add(new JsonObject
                {
                    ["type"] = "section",
                    ["block_id"] = SlackBlocks.PromptBlockId(reply.PromptToken, block++),
                    ["text"] = SlackBlocks.Mrkdwn(SlackMrkdwn.Truncate($"*{number}.* {SlackMrkdwn.Escape(choice.Title)}", SlackBlocks.MaxSectionText)),
                    ["accessory"] = SlackBlocks.Button(SlackBlocks.ActionId(CardIds.Answer, i.ToString(CultureInfo.InvariantCulture)), Say.SlackChooseNumber.Plain(culture, number), choice.Value),
                });
            }

            return Message(Fallback(reply.Prompt, reply.Choices), blocks);
        }

        var buttons = reply.Choices.Select((choice, i) =>
            SlackBlocks.Button(SlackBlocks.ActionId(CardIds.Answer, i.ToString(CultureInfo.InvariantCulture)), choice.Title, choice.Value));
        foreach (var chunk in buttons.Chunk(SlackBlocks.MaxElementsPerActions))
        {
            blocks.Add(SlackBlocks.Actions(chunk, SlackBlocks.PromptBlockId(reply.PromptToken, block++)));
        }

        return Message(Fallback(reply.Prompt, reply.Choices), blocks);
    }

    private static SlackMessage RenderMultiSelect(ChoicesReply reply, CultureInfo culture)
    {
        var blocks = new JsonArray([.. SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(reply.Prompt))]);
        var group = 0;
        foreach (var chunk in reply.Choices.Chunk(SlackBlocks.MaxCheckboxOptions))
        {
            var checkboxes = new JsonObject
            {
                ["type"] = "checkboxes",
                // An input-only element: ticking does nothing until the submit button sends every group's state.
                ["action_id"] = SlackBlocks.ActionId(CardIds.Answer, SlackBlocks.InputSuffix + group++),
                ["options"] = new JsonArray([.. chunk.Select(c => (JsonNode)SlackBlocks.Option(SlackMrkdwn.Escape(c.Title), c.Value))]),
            };
            blocks.Add(SlackBlocks.Actions([checkboxes], SlackBlocks.PromptBlockId(reply.PromptToken, group - 1)));
        }

        // The submit button must survive the 50-block cap, so it goes in before capping.
        var submit = SlackBlocks.Actions([SlackBlocks.Button(SlackBlocks.ActionId(CardIds.Answer, "submit"), Say.CardSubmit.Plain(culture), null, "primary")], SlackBlocks.PromptBlockId(reply.PromptToken, group));
        if (blocks.Count >= SlackMessage.MaxBlocks)
        {
            var kept = new JsonArray([.. blocks.Take(SlackMessage.MaxBlocks - 2).Select(b => b!.DeepClone())]);
            kept.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.SlackNotEveryOptionFits.In(culture))));
            blocks = kept;
        }

        blocks.Add(submit);
        return Message(Fallback(reply.Prompt, reply.Choices), blocks);
    }

    private static SlackMessage RenderDate(DatePromptReply reply, CultureInfo culture)
    {
        var blocks = new JsonArray([.. SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(reply.Prompt))]);
        var picker = new JsonObject
        {
            ["type"] = "datepicker",
            ["action_id"] = SlackBlocks.ActionId(CardIds.Answer, "date"),
            ["placeholder"] = SlackBlocks.PlainText(Say.SlackPickADate.Plain(culture), SlackBlocks.MaxButtonText),
        };
        if (reply.Suggested is { } suggested)
        {
            picker["initial_date"] = suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        blocks.Add(SlackBlocks.Actions([picker], SlackBlocks.PromptBlockId(reply.PromptToken, 0)));
        blocks.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.SlackTypeTheDate.In(culture))));
        return Message(SlackMrkdwn.ToPlain(reply.Prompt), blocks);
    }

    private static SlackMessage RenderCard(Card card, CultureInfo culture)
    {
        var blocks = new JsonArray { SlackBlocks.Header(Markdown.Unescape(card.Title)) };
        if (!string.IsNullOrWhiteSpace(card.Text))
        {
            AddAll(blocks, SlackBlocks.Sections(SlackMrkdwn.FromMarkdown(card.Text!)));
        }

        AddAll(blocks, card.Facts.Select(f => (f.Label.Value, f.Value.Value)).Chunk(SlackBlocks.MaxFieldsPerSection).Select(SlackBlocks.Fields));
        foreach (var section in card.Sections)
        {
            var heading = $"*{SlackMrkdwn.FromMarkdown(section.Heading)}*";
            var text = string.IsNullOrWhiteSpace(section.Text) ? heading : $"{heading}\n{SlackMrkdwn.FromMarkdown(section.Text!)}";
            AddAll(blocks, SlackBlocks.Sections(text));
            AddAll(blocks, section.Facts.Select(f => (f.Label.Value, f.Value.Value)).Chunk(SlackBlocks.MaxFieldsPerSection).Select(SlackBlocks.Fields));
        }

        var actions = card.Actions;
        if (card.Checklist.Count > 0)
        {
            var save = card.Actions.FirstOrDefault(a => a.Id == CardIds.ChecklistSave);
            AddAll(blocks, SlackChecklistBlocks.Render(card.Checklist, save?.Values ?? new Dictionary<string, string>()));
            // Every tick saves at once, so a separate save button would only confuse.
            actions = [.. card.Actions.Where(a => a.Id != CardIds.ChecklistSave)];
        }

        // The chat's edit stays (it works everywhere); Slack can also edit the answers in a modal, as Teams does in a dialog.
        actions = [.. actions.SelectMany(a => a.Id == CardIds.EditCollaboration
            ? new[] { a, new CardAction(CardIds.EditForm, Say.CardEditInAForm.Plain(culture), a.Values) }
            : [a])];
        var buttons = actions.Select((action, i) => SlackBlocks.Button(
            SlackBlocks.ActionId(action.Id, i.ToString(CultureInfo.InvariantCulture)),
            action.Title,
            action.Values.Count == 0 ? null : SlackMrkdwn.Truncate(JsonSerializer.Serialize(action.Values), SlackBlocks.MaxButtonValue),
            action.Style switch
            {
                CardActionStyle.Positive => "primary",
                CardActionStyle.Destructive => "danger",
                _ => null,
            }));
        var actionBlocks = buttons.Chunk(SlackBlocks.MaxElementsPerActions).Select(chunk => SlackBlocks.Actions(chunk)).ToList();

        // Buttons are what the user acts on: keep them even when the body has to be shortened.
        if (blocks.Count + actionBlocks.Count > SlackMessage.MaxBlocks)
        {
            var room = Math.Max(1, SlackMessage.MaxBlocks - actionBlocks.Count - 1);
            var kept = new JsonArray([.. blocks.Take(room).Select(b => b!.DeepClone())]);
            kept.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.SlackShortened.In(culture))));
            blocks = kept;
        }

        AddAll(blocks, actionBlocks);
        var title = SlackMrkdwn.ToPlain(card.Title);
        return Message(string.IsNullOrWhiteSpace(card.Text) ? title : $"{title}\n{SlackMrkdwn.ToPlain(card.Text)}", blocks);
    }

    private static string Fallback(string prompt, IReadOnlyList<ReplyChoice> choices) =>
        SlackMrkdwn.ToPlain(prompt) + "\n" + string.Join(", ", choices.Select((c, i) => $"{i + 1}. {SlackMrkdwn.Escape(c.Title)}"));

    private static SlackMessage Message(string fallback, JsonArray blocks) =>
        new(SlackMrkdwn.Truncate(fallback, SlackBlocks.MaxFallbackText), SlackBlocks.CapBlocks(blocks));

    private static void AddAll(JsonArray blocks, IEnumerable<JsonObject> items)
    {
        foreach (var item in items)
        {
            blocks.Add(item);
        }
    }
}
