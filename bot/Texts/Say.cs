using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>
/// The host's texts by name, one partial file per text file (Say.Cards.cs names the keys of Cards.resx...), so a
/// call site reads <c>Say.ReminderDue.Format(culture, title, date)</c> and a renamed text fails to compile. Each
/// text is a <see cref="LocalText"/>: its template is trusted, its arguments are escaped. Tests check every key
/// has a German and a French entry with the same placeholders.
/// </summary>
public static partial class Say
{
    private static LocalText Text(TextSet set, string key) => new(key, set);
}
