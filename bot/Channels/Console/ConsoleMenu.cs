using System.Globalization;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Console;

/// <summary>
/// What the last replies offered, so typed shortcuts can answer them: "2" (or "1,3" for a multi-select) picks
/// choices, "a1" presses the first card button. Anything else is sent as typed.
/// </summary>
public sealed class ConsoleMenu
{
    private ChoicesReply? choices;
    private IReadOnlyList<CardAction> actions = [];

    public void Clear()
    {
        choices = null;
        actions = [];
    }

    internal void SetChoices(ChoicesReply reply) => choices = reply;

    internal void SetActions(IReadOnlyList<CardAction> cardActions) => actions = cardActions;

    /// <summary>Maps a typed line to the text and card action to send.</summary>
    public (string Text, UserAction? Action) Interpret(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (TryAction(trimmed) is { } action)
        {
            return ("", action);
        }

        if (choices is not null && TryChoices(trimmed, choices) is { } picked)
        {
            return (picked, null);
        }

        return (trimmed, null);
    }

    private UserAction? TryAction(string text)
    {
        if (text.Length < 2 || (text[0] != 'a' && text[0] != 'A')
            || !int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || n > actions.Count)
        {
            return null;
        }

        var pressed = actions[n - 1];
        return new UserAction(pressed.Id, pressed.Values);
    }

    /// <summary>"2" -> the second choice's value; "1,3" or "1 and 3" for a multi-select. Null when not all numbers.</summary>
    private static string? TryChoices(string text, ChoicesReply reply)
    {
        var parts = text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || (parts.Length > 1 && !reply.MultiSelect))
        {
            return null;
        }

        var values = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > reply.Choices.Count)
            {
                return null;
            }

            values.Add(reply.Choices[n - 1].Value);
        }

        return string.Join(",", values);
    }
}
