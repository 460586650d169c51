namespace PartnershipBot.Dialogs.Engine;

/// <summary>The words a user can type at any question; every dialog gets them without code of its own.</summary>
public enum Interruption
{
    Help,
    Cancel,
    Back,
    Restart,
}

public static class Interruptions
{
    private static readonly Dictionary<string, Interruption> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = Interruption.Help,
        ["?"] = Interruption.Help,
        ["cancel"] = Interruption.Cancel,
        ["stop"] = Interruption.Cancel,
        ["abort"] = Interruption.Cancel,
        ["back"] = Interruption.Back,
        ["go back"] = Interruption.Back,
        ["previous"] = Interruption.Back,
        ["restart"] = Interruption.Restart,
        ["start over"] = Interruption.Restart,
        ["start again"] = Interruption.Restart,
    };

    private static readonly Dictionary<string, Interruption>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The interruption a typed message asks for; a card click never is one.</summary>
    public static Interruption? Match(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // Checked on every answer: most lines have no doubled spaces, and then trimming is all the normalising
        // they need, looked up without making a string.
        var trimmed = TypedLine.Trim(turn.Text);
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (!trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return Lookup.TryGetValue(trimmed, out var found) ? found : null;
        }

        return Words.TryGetValue(TypedLine.Normalize(turn.Text), out var interruption) ? interruption : null;
    }
}

/// <summary>
/// A typed line that names one of the host's commands (see <see cref="DialogRunner.Commands"/>). At a question,
/// one that <see cref="RunsDuringQuestion"/> runs as an interruption and the question is asked again; another is
/// explained (how to leave the question first).
/// </summary>
public sealed record TypedCommand(string Name, bool HasArguments, bool RunsDuringQuestion)
{
    /// <summary>Runs at any question, even a free-text one and with words after it (see BotCommand.OutranksAnswers).</summary>
    public bool OutranksAnswers { get; init; }
}
