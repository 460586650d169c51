namespace PartnershipBot.Dialogs.Texts;

/// <summary>The commands' texts by name (keys of Commands.resx): the main menu, list, status, checklist, deadlines, quiz, reminders, notes, link.</summary>
public static partial class T
{
    /// <summary>That button belongs to a question that is already closed. Type **help** to see what I can do.</summary>
    public static LocalText ButtonClosed { get; } = Commands(nameof(ButtonClosed));

    private static LocalText Commands(string key) => new(key, TextSets.Commands);
}
