namespace PartnershipBot.Channels.Slack;

/// <summary>The /partnership subcommands and the help that answers anything else.</summary>
public static class SlackSlashCommand
{
    public const string Name = "/partnership";

    /// <summary>Subcommands that run as a turn; "new" additionally moves the conversation to the DM.</summary>
    private static readonly HashSet<string> TurnCommands = new(StringComparer.Ordinal) { "new", "list", "checklist", "status", "quiz", "reminders" };

    public static string Help =>
        """
        *PartnershipBot* helps you plan a collaboration with a patient organisation or a humanitarian partner.
        • `/partnership new` – start a partnership review (we continue in a direct message)
        • `/partnership list` – your reviews
        • `/partnership checklist [n]` – the checklist of review n (default: the latest)
        • `/partnership status` – where your current review stands
        • `/partnership quiz` – a short quiz on the recommendations and lessons
        • `/partnership reminders` – your upcoming disclosure reminders
        • `/partnership help` – this help
        You can also just write to me in a direct message.
        """;

    /// <summary>The turn text for a subcommand, or null when the answer is the help.</summary>
    public static string? ToTurnText(string? text)
    {
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var command = parts[0].ToLowerInvariant();
        if (!TurnCommands.Contains(command))
        {
            return null;
        }

        if (command == "checklist" && parts.Length > 1)
        {
            // Only "checklist N": anything else there is a typo the help explains better than the dialogs.
            return int.TryParse(parts[1], out var n) && n > 0 && parts.Length == 2 ? $"checklist {n}" : null;
        }

        return parts.Length == 1 ? command : null;
    }
}
