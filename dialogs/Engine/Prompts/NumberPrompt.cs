using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A number within <see cref="PromptOptions.Min"/>..<see cref="PromptOptions.Max"/>, read as the turn's culture
/// writes it. English: "12", "1,500", "2.5", "-3", "seven" ("1,5" is refused rather than guessed). German and
/// French: a comma is the decimal mark ("1,5"), and a dot, space or no-break space separates groups of three
/// ("25.000", "25 000"); a dot not followed by groups of three ("2.5") is read as a decimal point, since it
/// cannot be a thousands separator. Spaces between groups of three work in English too.
/// </summary>
public sealed partial class NumberPrompt(string id) : Prompt<decimal>(id)
{
    internal override Reply Render(PromptOptions options, bool retry, CultureInfo culture) => new TextReply(MarkdownText.Trusted(QuestionText(options, retry)));

    internal override Recognition<decimal> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var culture = context.Culture;
        if (!TryParse(input.Best, culture, out var number))
        {
            return Recognition<decimal>.Fail(T.NumberUnreadable.In(culture));
        }

        if (options.WholeNumber && number != decimal.Truncate(number))
        {
            return Recognition<decimal>.Fail(T.NumberNotWhole.In(culture));
        }

        if ((options.Min is { } min && number < min) || (options.Max is { } max && number > max))
        {
            return Recognition<decimal>.Fail(T.NumberOutOfRange.Format(culture, RangeText(options, culture)));
        }

        return Recognition<decimal>.Ok(number);
    }

    internal override string DefaultHelp(PromptOptions options, CultureInfo culture)
    {
        var range = options.Min is null && options.Max is null ? MarkdownText.Empty : (MarkdownText)$" {RangeText(options, culture)}";
        return (options.WholeNumber ? T.NumberHelpWhole : T.NumberHelp).Format(culture, range, Example(options, culture));
    }

    internal static bool TryParse(string text, CultureInfo culture, out decimal number)
    {
        var trimmed = text.Trim().TrimEnd('.');
        if (NumberWords.TryGet(trimmed, out var word))
        {
            number = word;
            return true;
        }

        // Groups of three separated by spaces (also the no-break spaces French typing produces) are thousands everywhere.
        if (SpaceThousands().IsMatch(trimmed))
        {
            trimmed = string.Concat(trimmed.Where(c => !IsGroupSpace(c)));
        }

        if (Languages.Code(culture) != "en")
        {
            // A dot between groups of three is a thousands separator ("25.000"); then the comma is the decimal mark.
            if (DotThousands().IsMatch(trimmed))
            {
                trimmed = trimmed.Replace(".", "", StringComparison.Ordinal);
            }

            trimmed = trimmed.Replace(',', '.');
        }
        else if (Thousands().IsMatch(trimmed))
        {
            // A comma is a thousands separator only in groups of three ("1,500"); "1,5" is refused rather than guessed.
            trimmed = trimmed.Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static MarkdownText RangeText(PromptOptions o, CultureInfo culture) => (o.Min, o.Max) switch
    {
        ({ } min, { } max) => T.NumberRangeFromTo.Format(culture, Show(min, culture), Show(max, culture)),
        ({ } min, null) => T.NumberRangeAtLeast.Format(culture, Show(min, culture)),
        (null, { } max) => T.NumberRangeAtMost.Format(culture, Show(max, culture)),
        _ => MarkdownText.Empty,
    };

    private static string Example(PromptOptions o, CultureInfo culture) => Show(o.Min ?? (o.Max is { } max ? Math.Min(max, 1) : 3), culture);

    // English keeps its ungrouped limits ("from 0 to 100000000"); German and French group as they write.
    private static string Show(decimal value, CultureInfo culture) =>
        Languages.Code(culture) == "en" ? value.ToString("0.##", CultureInfo.InvariantCulture) : CultureFormat.Number(value, culture);

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^-?\d{1,3}([ \u00A0\u202F]\d{3})+([.,]\d+)?$")]
    private static partial Regex SpaceThousands();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex DotThousands();
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
