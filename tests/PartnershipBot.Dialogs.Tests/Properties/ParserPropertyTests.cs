using CsCheck;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Properties;

/// <summary>
/// The parsers that read what people type (and what compliance staff write in the content pack) never throw on
/// any input: they answer with a match, a refusal the user sees, or the documented validation error.
/// </summary>
public sealed class ParserPropertyTests
{
    // Typed text: anything, but weighted towards the words, digits and punctuation the parsers look at.
    private static readonly Gen<string> Typed = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["0123456789 -/.,:stndrhMarchJunFridaynextinweeksdaysmonth"], 0, 40],
        Gen.Char.Array[0, 60].Select(c => new string(c)),
        Gen.Const("\ud800 2027-02-30 \u202e next \u0000 friday"));

    private static readonly Gen<DateOnly> Today = Gen.Int[1, 3_000_000].Select(d => DateOnly.FromDayNumber(d));

    [Fact]
    public void DateRecognizer_AnyText_NeverThrowsAndOnlyReturnsRealDates() =>
        Gen.Select(Typed, Today).Sample((text, today) =>
        {
            var match = DateRecognizer.Recognize(text, today, Languages.English);
            return match.Kind != DateMatchKind.Found || match.Date.Year is >= 1 and <= 9999;
        });

    [Fact]
    public void DateRecognizer_IsoDates_RoundTrip() =>
        Gen.Select(Gen.Int[1900, 2200], Gen.Int[1, 12], Gen.Int[1, 28]).Sample((y, m, d) =>
        {
            var date = new DateOnly(y, m, d);
            var match = DateRecognizer.Recognize(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 1, 1), Languages.English);
            return match.Kind == DateMatchKind.Found && match.Date == date;
        });

    [Fact]
    public void NumberParser_AnyText_NeverThrows() =>
        Typed.Sample(text => { NumberPrompt.TryParse(text, Languages.English, out _); });

    [Fact]
    public void NumberParser_InvariantDecimals_RoundTrip() =>
        Gen.Decimal[-1_000_000_000m, 1_000_000_000m].Select(d => decimal.Round(d, 2)).Sample(number =>
            NumberPrompt.TryParse(number.ToString(System.Globalization.CultureInfo.InvariantCulture), Languages.English, out var parsed) && parsed == number);

    private static readonly Gen<IReadOnlyList<Choice>> Choices =
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEF"], 1, 12].Where(t => t.Trim().Length > 0).Array[1, 8].Select(titles =>
            (IReadOnlyList<Choice>)[.. titles.Distinct(StringComparer.OrdinalIgnoreCase).Select((t, i) => new Choice($"v{i}", t))]);

    [Fact]
    public void ChoiceRecognizer_AnyText_NeverThrowsAndFindsOnlyRealOptions() =>
        Gen.Select(Typed, Choices).Sample((text, choices) =>
        {
            var match = ChoiceRecognizer.Match(text, choices);
            return match.Kind != ChoiceMatchKind.Found || (match.Index >= 0 && match.Index < choices.Count);
        });

    [Fact]
    public void ChoiceRecognizer_TheOptionsNumber_PicksIt() =>
        Choices.SelectMany(c => Gen.Int[0, c.Count - 1].Select(i => (c, i))).Sample(t =>
        {
            var match = ChoiceRecognizer.Match((t.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), t.c);
            return match.Kind == ChoiceMatchKind.Found && match.Index == t.i;
        });

    // Condition text from the pack's own vocabulary, recombined, plus arbitrary text.
    private static readonly Gen<string> ConditionText = Gen.OneOf(
        Gen.String,
        Pick("scope", "==", "!=", "<", "<=", ">", ">=", "in", "[", "]", ",", "(", ")", "and", "or", "not", "contains", "is", "set", "empty",
            "count(", "count(x)", "'a b'", "\"q\"", "3", "-1.5", "international", "support_type", "\u0000", "'")
            .Array[0, 14].Select(parts => string.Join(' ', parts)));

    [Fact]
    public void ConditionParse_AnyText_ThrowsOnlyTheDocumentedSyntaxError() =>
        ConditionText.Sample(text =>
        {
            try
            {
                var condition = Condition.Parse(text);
                condition.Evaluate(Answers.Empty.With("scope", "international").With("support_type", "grant"));
                _ = condition.Fields.ToList();
            }
            catch (ConditionSyntaxException)
            {
            }
        });

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);
}
