using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Safety;

/// <summary>
/// One phrase of the safety rules, read into words; a word ending in <c>*</c> matches any word it begins.
/// <see cref="TryParse"/> is what the pack loader checks each phrase with.
/// </summary>
public sealed partial class SafetyPhrase
{
    public const int MaxWords = 8;

    private readonly string[] words;
    private readonly bool[] prefix;

    private SafetyPhrase(string text, string[] words, bool[] prefix)
    {
        Text = text;
        this.words = words;
        this.prefix = prefix;
    }

    /// <summary>The phrase as the pack wrote it.</summary>
    public string Text { get; }

    /// <summary>The phrase with apostrophes, case and hyphens normalised: two phrases with the same key are duplicates.</summary>
    public string Key => string.Join(' ', words.Select((w, i) => prefix[i] ? w + "*" : w));

    public int Length => words.Length;

    /// <summary>The phrase, or null with <paramref name="error"/> saying why it cannot be used.</summary>
    public static SafetyPhrase? TryParse(string text, out string? error)
    {
        error = null;
        var parts = (text ?? "").Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > MaxWords)
        {
            error = $"'{text}' must have 1 to {MaxWords} words";
            return null;
        }

        var words = new string[parts.Length];
        var prefix = new bool[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            prefix[i] = part.EndsWith('*');
            var word = (prefix[i] ? part[..^1] : part).Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).ToLowerInvariant();
            if (!Word().IsMatch(word))
            {
                error = $"'{text}': '{part}' must be letters or digits, optionally ending in * (a * elsewhere, or other signs, are not read)";
                return null;
            }

            if (prefix[i] && word.Length < 3)
            {
                // "a*" or "in*" would match most messages: a rule that reports everything hides the real reports.
                error = $"'{text}': '{part}' is too short to end in * (three letters at least before it)";
                return null;
            }

            words[i] = word;
        }

        return new SafetyPhrase(text!.Trim(), words, prefix);
    }

    /// <summary>Every place in <paramref name="text"/> where the phrase stands, as (first word index, word count).</summary>
    public IEnumerable<int> MatchesIn(IReadOnlyList<SafetyWord> text)
    {
        for (var start = 0; start + words.Length <= text.Count; start++)
        {
            if (MatchesAt(text, start))
            {
                yield return start;
            }
        }
    }

    /// <summary>Whether the phrase stands at word <paramref name="start"/> of <paramref name="text"/> (and fits in it).</summary>
    public bool MatchesAt(IReadOnlyList<SafetyWord> text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || start + words.Length > text.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = text[start + i].Text;
            if (prefix[i] ? !word.StartsWith(words[i], StringComparison.Ordinal) : word != words[i])
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^[\\p{L}\\p{N}]+$")]
    private static partial Regex Word();
}
