using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// The dialogs' text files, each named through <see cref="T"/>: Chat (the interview, prompts, answers), Commands
/// (the main menu and the commands: list, status, checklist, deadlines, quiz, reminders, notes, link), Forms (form
/// pages, readiness and status labels, safety replies). The host adds its own (cards, notices, dashboard, documents).
/// </summary>
public static partial class TextSets
{
    public static TextSet Chat { get; } = new("PartnershipBot.Dialogs.Texts.Chat", typeof(TextSets).Assembly);

    public static TextSet Commands { get; } = new("PartnershipBot.Dialogs.Texts.Commands", typeof(TextSets).Assembly);

    public static TextSet Forms { get; } = new("PartnershipBot.Dialogs.Texts.Forms", typeof(TextSets).Assembly);

    public static IReadOnlyList<TextSet> All { get; } = [Chat, Commands, Forms];

    /// <summary>Every key some translated language lacks, over all of the dialogs' files.</summary>
    public static IReadOnlyList<(string Language, string Key)> Missing(IEnumerable<TextSet> sets) =>
        [.. sets.SelectMany(s => s.Missing().Select(m => (m.Language, $"{s.BaseName.Split('.')[^1]}.{m.Key}")))];

    /// <summary>
    /// The texts whose German or French template has other {0} placeholders than the English one ("de: Key"):
    /// such a translation would drop a value or fail to format, so a test refuses it.
    /// </summary>
    public static IReadOnlyList<string> WrongPlaceholders(IEnumerable<LocalText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var wrong = new List<string>();
        foreach (var text in texts)
        {
            var english = Placeholders(text.Set.Template(text.Key, Languages.English));
            foreach (var culture in Languages.Translated)
            {
                if (!english.SetEquals(Placeholders(text.Set.Template(text.Key, culture))))
                {
                    wrong.Add($"{culture.Name}: {text.Key}");
                }
            }
        }

        return wrong;
    }

    private static HashSet<string> Placeholders(string template) => [.. Placeholder().Matches(template).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
