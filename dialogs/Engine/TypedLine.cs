namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// The one way a typed line is compared with command words and interruptions: surrounding spaces and trailing
/// . ! ? go, doubled spaces become one, so "reminders?" and "cancel?" are read like "reminders" and "cancel". A line
/// that is nothing but those marks stays as typed: "?" on its own asks for help.
/// </summary>
public static class TypedLine
{
    /// <summary>The trimmed line, without making a string; doubled spaces inside are left (see <see cref="Normalize"/>).</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        var cut = trimmed.TrimEnd(".!?").TrimEnd(' ');
        return cut.Length == 0 ? trimmed : cut;
    }

    public static string Normalize(string? text)
    {
        text ??= "";

        // Most lines have no doubled spaces: then trimming is all the normalising they need, without splitting.
        var trimmed = Trim(text);
        if (!trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed.Length == text.Length ? text : trimmed.ToString();
        }

        return string.Join(' ', trimmed.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
