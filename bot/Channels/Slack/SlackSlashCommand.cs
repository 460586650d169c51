using System.Text;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Channels.Slack;

/// <summary>The /partnership subcommands and the help that answers anything else.</summary>
public static class SlackSlashCommand
{
    public const string Name = "/partnership";

    /// <summary>
    /// The subcommands offered after /partnership: the command table's menu commands, with its usage and wording.
    /// Each runs without arguments, or with one number where the command takes arguments ("checklist N").
    /// </summary>
    private static IEnumerable<BotCommand> Offered(CommandTable commands) => commands.Commands.Where(c => c.InMenus);

    public static string Help(CommandTable commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var help = new StringBuilder("*PartnershipBot* helps you plan a collaboration with a patient organisation or a humanitarian partner.\n");
        foreach (var command in Offered(commands))
        {
            var where = StartsInDirectMessage(command.Name) ? "; we continue in a direct message" : "";
            help.Append(System.Globalization.CultureInfo.InvariantCulture, $"• `{Name} {command.Usage ?? command.Name}` – {command.Description}{where}\n");
        }

        help.Append(System.Globalization.CultureInfo.InvariantCulture, $"• `{Name} {FormCommand}` – the interview as a form, a page at a time (each page is saved; the chat can carry on)\n");
        help.Append(System.Globalization.CultureInfo.InvariantCulture, $"• `{Name} help` – this help\n");
        help.Append("You can also just write to me in a direct message.");
        return help.ToString();
    }

    /// <summary>Opens the interview's modal (Slack only: a typed "form" in a chat is not a command).</summary>
    public const string FormCommand = "form";

    public static bool IsForm(string? text) => string.Equals((text ?? "").Trim(), FormCommand, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the subcommand starts an interview, which runs in the user's DM rather than after the slash command.</summary>
    public static bool StartsInDirectMessage(string turnText) => turnText == PartnershipCommands.NewCommand;

    /// <summary>The turn text for a subcommand, or null when the answer is the help.</summary>
    public static string? ToTurnText(string? text, CommandTable commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var name = parts[0].ToLowerInvariant();
        if (Offered(commands).FirstOrDefault(c => c.Name == name) is not { } command)
        {
            return null;
        }

        if (command.TakesArguments && parts.Length > 1)
        {
            // Only "checklist N": anything else there is a typo the help explains better than the dialogs.
            return int.TryParse(parts[1], out var n) && n > 0 && parts.Length == 2 ? $"{name} {n}" : null;
        }

        return parts.Length == 1 ? name : null;
    }
}
