using System.Text;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Slack;

/// <summary>The /partnership subcommands and the help that answers anything else.</summary>
public static class SlackSlashCommand
{
    public const string Name = "/partnership";

    /// <summary>
    /// The main-menu commands offered after /partnership, each without arguments except "checklist N". Their
    /// usage and wording in the help come from the dialogs' command table.
    /// </summary>
    private static readonly string[] Offered = [PartnershipCommands.NewCommand, "list", "checklist", "status", "quiz", "reminders"];

    public static string Help(CommandTable commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var help = new StringBuilder("*PartnershipBot* helps you plan a collaboration with a patient organisation or a humanitarian partner.\n");
        foreach (var name in Offered)
        {
            var command = commands.Commands.FirstOrDefault(c => c.Name == name)
                ?? throw new InvalidOperationException($"The dialogs have no '{name}' command for {Name}.");
            var where = StartsInDirectMessage(name) ? "; we continue in a direct message" : "";
            help.Append(System.Globalization.CultureInfo.InvariantCulture, $"• `{Name} {command.Usage ?? command.Name}` – {command.Description}{where}\n");
        }

        help.Append(System.Globalization.CultureInfo.InvariantCulture, $"• `{Name} help` – this help\n");
        help.Append("You can also just write to me in a direct message.");
        return help.ToString();
    }

    /// <summary>Whether the subcommand starts an interview, which runs in the user's DM rather than after the slash command.</summary>
    public static bool StartsInDirectMessage(string turnText) => turnText == PartnershipCommands.NewCommand;

    /// <summary>The turn text for a subcommand, or null when the answer is the help.</summary>
    public static string? ToTurnText(string? text)
    {
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var command = parts[0].ToLowerInvariant();
        if (!Offered.Contains(command, StringComparer.Ordinal))
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
