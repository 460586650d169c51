using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Several options of <see cref="PromptOptions.Choices"/>: "1, 3", "1 3", "medical and compliance", "all",
/// "none" (when <see cref="PromptOptions.MinSelections"/> is 0), or a card submit "v1,v2". The answer is the
/// picked options in list order.
/// </summary>
public sealed partial class MultiChoicePrompt(string id) : Prompt<IReadOnlyList<FoundChoice>>(id)
{
    // "all" and "none" work in every language; German and French add their own words.
    private static readonly HashSet<string> AllWords = new(StringComparer.OrdinalIgnoreCase) { "all", "alle", "alles", "tout", "tous", "toutes" };

    private static readonly HashSet<string> NoneWords = new(StringComparer.OrdinalIgnoreCase) { "none", "keine", "keiner", "nichts", "aucun", "aucune", "rien" };

    internal override Reply Render(PromptOptions options, bool retry, CultureInfo culture) =>
        new ChoicesReply(QuestionText(options, retry), ChoicePrompt.ReplyChoices(options.Choices), MultiSelect: true);

    internal override Recognition<IReadOnlyList<FoundChoice>> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var choices = options.Choices;
        var picked = new SortedSet<int>();
        var error = input.ActionAnswer is { } submitted
            ? AddAll(submitted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), v => ChoiceRecognizer.MatchValue(v, choices), choices, picked, context.Culture)
            : ReadText(input.Text, choices, picked, options.MinSelections, context.Culture);

        if (error is not null)
        {
            return Recognition<IReadOnlyList<FoundChoice>>.Fail(error);
        }

        if (picked.Count < options.MinSelections)
        {
            return Recognition<IReadOnlyList<FoundChoice>>.Fail(
                options.MinSelections == 1 ? T.MultiChoicePickOne.In(context.Culture) : T.MultiChoicePickMany.Format(context.Culture, options.MinSelections));
        }

        return Recognition<IReadOnlyList<FoundChoice>>.Ok([.. picked.Select(i => ChoiceRecognizer.Found(choices, i))]);
    }

    internal override void CheckOptions(PromptOptions options) => CheckChoices(options);

    internal override string DefaultHelp(PromptOptions options, CultureInfo culture) =>
        (options.MinSelections == 0 ? T.MultiChoiceHelpOrNone : T.MultiChoiceHelp).In(culture);

    private static string? ReadText(string text, IReadOnlyList<Choice> choices, SortedSet<int> picked, int minSelections, CultureInfo culture)
    {
        var normalized = ChoiceRecognizer.Normalize(text);
        if (AllWords.Contains(normalized))
        {
            picked.UnionWith(Enumerable.Range(0, choices.Count));
            return null;
        }

        if (NoneWords.Contains(normalized) && minSelections == 0)
        {
            return null;
        }

        // The whole answer may be one option whose title contains "and" or a comma.
        var whole = ChoiceRecognizer.Match(normalized, choices);
        if (whole.Kind == ChoiceMatchKind.Found)
        {
            picked.Add(whole.Index);
            return null;
        }

        if (normalized.Length == 0)
        {
            return T.MultiChoicePickOne.In(culture);
        }

        foreach (var part in normalized.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = ChoiceRecognizer.Match(part, choices);
            if (match.Kind == ChoiceMatchKind.Found)
            {
                picked.Add(match.Index);
                continue;
            }

            var pieces = NumberList().IsMatch(part)
                ? part.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : AndSeparator().Split(part).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (pieces.Length < 2)
            {
                return ChoiceRecognizer.Describe(match, choices, part, culture);
            }

            var error = AddAll(pieces, p => ChoiceRecognizer.Match(p, choices), choices, picked, culture);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static string? AddAll(IEnumerable<string> pieces, Func<string, ChoiceMatch> match, IReadOnlyList<Choice> choices, SortedSet<int> picked, CultureInfo culture)
    {
        foreach (var piece in pieces)
        {
            var result = match(piece);
            if (result.Kind != ChoiceMatchKind.Found)
            {
                return ChoiceRecognizer.Describe(result, choices, piece, culture);
            }

            picked.Add(result.Index);
        }

        return null;
    }

    [GeneratedRegex(@"^\d+( +\d+)+$")]
    private static partial Regex NumberList();

    [GeneratedRegex(@"\s+(?:and|und|et|&)\s+|^(?:and|und|et)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndSeparator();
}
