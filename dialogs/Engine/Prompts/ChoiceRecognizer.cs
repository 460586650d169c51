using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

public enum ChoiceMatchKind
{
    Found,
    NoMatch,
    Ambiguous,
    OutOfRange,
}

/// <summary>The outcome of matching an answer to a choice list. <see cref="Index"/> is set when found.</summary>
public sealed record ChoiceMatch(ChoiceMatchKind Kind, int Index = -1, IReadOnlyList<int>? Candidates = null)
{
    public static ChoiceMatch NoMatch { get; } = new(ChoiceMatchKind.NoMatch);
}

/// <summary>
/// Matches what a user typed to one option, in this order: exact value, title or synonym; the option's number
/// ("2", "#2"); a prefix of a value, title or synonym ("med" for "Medical affairs"); a prefix of a word inside
/// a title ("affairs"). Case-insensitive. A match is only taken when exactly one option fits.
/// </summary>
public static class ChoiceRecognizer
{
    public static ChoiceMatch Match(string input, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = Normalize(input);
        if (text.Length == 0 || choices.Count == 0)
        {
            return ChoiceMatch.NoMatch;
        }

        var exact = Where(choices, names => names.Any(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)));
        if (exact.Count > 0)
        {
            return Single(exact);
        }

        if (int.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count
                ? new ChoiceMatch(ChoiceMatchKind.Found, number - 1)
                : new ChoiceMatch(ChoiceMatchKind.OutOfRange);
        }

        var prefix = Where(choices, names => names.Any(n => n.StartsWith(text, StringComparison.OrdinalIgnoreCase)));
        if (prefix.Count > 0)
        {
            return Single(prefix);
        }

        if (text.Length >= 2)
        {
            var wordPrefix = Where(choices, names => names.Any(n => Words(n).Any(w => w.StartsWith(text, StringComparison.OrdinalIgnoreCase))));
            if (wordPrefix.Count > 0)
            {
                return Single(wordPrefix);
            }
        }

        return ChoiceMatch.NoMatch;
    }

    /// <summary>A button click: the value itself, falling back to <see cref="Match"/> for channels that send titles.</summary>
    public static ChoiceMatch MatchValue(string value, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var index = choices.ToList().FindIndex(c => c.Value.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? new ChoiceMatch(ChoiceMatchKind.Found, index) : Match(value, choices);
    }

    internal static FoundChoice Found(IReadOnlyList<Choice> choices, int index) =>
        new(choices[index].Value, choices[index].Title, index);

    /// <summary>Why the answer matched no single option, in the turn's language; the typed text is escaped.</summary>
    internal static string Describe(ChoiceMatch match, IReadOnlyList<Choice> choices, string input, CultureInfo culture) => match.Kind switch
    {
        ChoiceMatchKind.Ambiguous =>
            T.ChoiceAmbiguous.Format(culture, input, string.Join(", ", match.Candidates!.Select(i => choices[i].Title))),
        ChoiceMatchKind.OutOfRange => T.ChoiceOutOfRange.Format(culture, choices.Count),
        _ => T.ChoiceNoMatch.Format(culture, input),
    };

    internal static string Normalize(string input) =>
        string.Join(' ', input.Trim().TrimEnd('.', '!', '?').Trim('"', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static List<int> Where(IReadOnlyList<Choice> choices, Func<IEnumerable<string>, bool> test)
    {
        var hits = new List<int>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (test(Names(choices[i])))
            {
                hits.Add(i);
            }
        }

        return hits;
    }

    private static ChoiceMatch Single(List<int> hits) =>
        hits.Count == 1 ? new ChoiceMatch(ChoiceMatchKind.Found, hits[0]) : new ChoiceMatch(ChoiceMatchKind.Ambiguous, -1, hits);

    private static IEnumerable<string> Names(Choice choice) => [choice.Value, choice.Title, .. choice.Synonyms];

    private static string[] Words(string name) => name.Split([' ', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
