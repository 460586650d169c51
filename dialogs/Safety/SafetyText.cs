namespace PartnershipBot.Dialogs.Safety;

/// <summary>
/// Splits text into lower-case words for the safety rules: letters and digits make words, apostrophes are dropped
/// (didn't = didnt, patient's = patients) and everything else separates (side-effects = side effects). Never
/// throws, whatever the text (lone surrogates, control characters, any length).
/// </summary>
public static class SafetyText
{
    /// <summary>The words of <paramref name="text"/> with the position and length of each in the original.</summary>
    public static IReadOnlyList<SafetyWord> Words(string? text)
    {
        var words = new List<SafetyWord>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new System.Text.StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                current.Append(char.ToLowerInvariant(c));
            }
            else if (start >= 0 && IsApostrophe(c))
            {
                // Inside a word: dropped, the word goes on.
            }
            else if (start >= 0)
            {
                words.Add(new SafetyWord(current.ToString(), start, i - start));
                current.Clear();
                start = -1;
            }
        }

        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';
}

/// <summary>A word of a message: lower case without apostrophes, and where it stands in the original text.</summary>
public readonly record struct SafetyWord(string Text, int Start, int Length);
