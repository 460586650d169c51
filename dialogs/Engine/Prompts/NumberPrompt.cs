using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>A number ("12", "1,500", "2.5", "-3", "seven") within <see cref="PromptOptions.Min"/>..<see cref="PromptOptions.Max"/>.</summary>
public sealed partial class NumberPrompt(string id) : Prompt<decimal>(id)
{
    internal override Reply Render(PromptOptions options, bool retry) => new TextReply(MarkdownText.Trusted(QuestionText(options, retry)));

    internal override Recognition<decimal> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        if (!TryParse(input.Best, out var number))
        {
            return Recognition<decimal>.Fail("I couldn't read a number there.");
        }

        if (options.WholeNumber && number != decimal.Truncate(number))
        {
            return Recognition<decimal>.Fail("Please give a whole number.");
        }

        if ((options.Min is { } min && number < min) || (options.Max is { } max && number > max))
        {
            return Recognition<decimal>.Fail($"Please give a number {RangeText(options)}.");
        }

        return Recognition<decimal>.Ok(number);
    }

    internal override string DefaultHelp(PromptOptions options) =>
        $"Type a {(options.WholeNumber ? "whole number" : "number")}{(options.Min is null && options.Max is null ? "" : " " + RangeText(options))}, for example {Example(options)}.";

    internal static bool TryParse(string text, out decimal number)
    {
        var trimmed = text.Trim().TrimEnd('.');
        if (NumberWords.TryGet(trimmed, out var word))
        {
            number = word;
            return true;
        }

        // A comma is a thousands separator only in groups of three ("1,500"); "1,5" is refused rather than guessed.
        if (Thousands().IsMatch(trimmed))
        {
            trimmed = trimmed.Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    private static string RangeText(PromptOptions o) => (o.Min, o.Max) switch
    {
        ({ } min, { } max) => $"from {Show(min)} to {Show(max)}",
        ({ } min, null) => $"of at least {Show(min)}",
        (null, { } max) => $"of at most {Show(max)}",
        _ => "",
    };

    private static string Example(PromptOptions o) => Show(o.Min ?? (o.Max is { } max ? Math.Min(max, 1) : 3));

    private static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Thousands();
}

/// <summary>Small numbers written as words, shared by the number and date prompts ("in two weeks").</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    public static bool TryGet(string word, out int value) => Words.TryGetValue(word, out value) && !IsArticle(word);

    public static bool TryGetCount(string word, out int value) =>
        Words.TryGetValue(word, out value) || int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    // "a" as an answer to "how many?" is more likely a typo than the number one.
    private static bool IsArticle(string word) => word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
}
