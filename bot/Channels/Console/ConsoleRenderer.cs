using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Console;

/// <summary>
/// Plain-text rendering of replies for a terminal. Choices are numbered ("1. Grant") and card buttons are
/// labelled "a1", "a2", ... so they can be answered by typing; see <see cref="ConsoleMenu"/>.
/// </summary>
public static partial class ConsoleRenderer
{
    public static string Render(Reply reply, ConsoleMenu menu)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(menu);
        var text = new StringBuilder();
        switch (reply)
        {
            case TextReply t:
                text.AppendLine(Plain(t.Text));
                break;
            case ChoicesReply c:
                text.AppendLine(Plain(c.Prompt));
                for (var i = 0; i < c.Choices.Count; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {Plain(c.Choices[i].Title)}").AppendLine();
                }

                text.AppendLine(c.MultiSelect ? "(type one or more numbers, e.g. 1,3)" : "(type a number or the answer)");
                menu.SetChoices(c);
                break;
            case DatePromptReply d:
                text.Append(Plain(d.Prompt)).Append(" (yyyy-mm-dd");
                if (d.Suggested is { } suggested)
                {
                    text.Append(", suggested ").Append(suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                text.AppendLine(")");
                break;
            case CardReply { ReplacesPrompt: not null }:
                // The terminal cannot edit what it printed; the question and its answer are already on screen.
                break;
            case CardReply card:
                RenderCard(card.Card, text, menu);
                break;
            default:
                text.AppendLine(CultureInfo.InvariantCulture, $"({reply.GetType().Name})");
                break;
        }

        return text.ToString();
    }

    /// <summary>The markdown subset as terminal text: emphasis markers dropped, links as "title (url)".</summary>
    public static string Plain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdown.Render(markdown, raw =>
        {
            var text = Link().Replace(raw, m => $"{m.Groups["title"].Value} ({m.Groups["url"].Value})");
            return text.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        }, c => c.ToString());
    }

    private static void RenderCard(Card card, StringBuilder text, ConsoleMenu menu)
    {
        text.Append("== ").Append(Plain(card.Title)).AppendLine(" ==");
        if (!string.IsNullOrWhiteSpace(card.Text))
        {
            text.AppendLine(Plain(card.Text!));
        }

        AppendFacts(card.Facts, text, "  ");
        foreach (var section in card.Sections)
        {
            text.Append("-- ").AppendLine(Plain(section.Heading));
            if (!string.IsNullOrWhiteSpace(section.Text))
            {
                text.Append("  ").AppendLine(Plain(section.Text!));
            }

            AppendFacts(section.Facts, text, "  ");
        }

        for (var i = 0; i < card.Checklist.Count; i++)
        {
            var item = card.Checklist[i];
            text.Append(CultureInfo.InvariantCulture, $"  [{(item.Done ? 'x' : ' ')}] {Plain(item.Number > 0 ? item.Line : $"{i + 1}. {item.Line}")}").AppendLine();
            if (!string.IsNullOrWhiteSpace(item.Detail))
            {
                text.Append("        ").AppendLine(Plain(item.Detail));
            }
        }

        if (card.Actions.Count > 0)
        {
            var buttons = card.Actions.Select((a, i) => $"[a{i + 1}] {Plain(a.Title)}");
            text.Append("  ").AppendLine(string.Join("  ", buttons));
            menu.SetActions(card.Actions);
        }
    }

    private static void AppendFacts(IReadOnlyList<CardFact> facts, StringBuilder text, string indent)
    {
        foreach (var fact in facts)
        {
            text.Append(indent).Append(Plain(fact.Label)).Append(": ").AppendLine(Plain(fact.Value));
        }
    }

    [GeneratedRegex(@"\[(?<title>[^\]]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex Link();
}
