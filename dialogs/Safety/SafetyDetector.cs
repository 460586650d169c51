using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Safety;

/// <summary>
/// Finds possible safety information (a suspected side effect, lack of effect, overdose, misuse, medication error,
/// exposure in pregnancy or breastfeeding, a product complaint) in a piece of text by the pack's rules. Pure: no
/// I/O, no clock; never throws. It errs on the side of reporting, because a missed report is worse than an extra
/// one: a negation cancels only the event words inside it, never the whole message, and an alone phrase a negation
/// cancelled still gives the other event words their context ("no side effects except a rash").
/// </summary>
public sealed class SafetyDetector
{
    private readonly (SafetyKindRules Kind, SafetyPhrase Phrase, bool Alone)[] events;
    private readonly SafetyPhrase[] context;
    private readonly SafetyPhrase[] negations;

    public SafetyDetector(SafetyRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        events = [.. rules.Kinds.SelectMany(k => k.Alone.Select(p => (k, Parse(p), true)).Concat(k.InContext.Select(p => (k, Parse(p), false))))];
        context = [.. rules.Medicines.Concat(rules.Patients).Select(Parse)];
        negations = [.. rules.Negations.Select(Parse)];
    }

    public SafetyDetection Detect(string? text)
    {
        var words = SafetyText.Words(text);
        if (words.Count == 0)
        {
            return SafetyDetection.None;
        }

        // Every message of every turn passes here, against every phrase of the pack: index loops over the words,
        // no iterator, closure or LINQ per phrase (they were half of what a Teams `help` allocated in the profile).
        var cancelling = new List<(int Start, int End)>();
        foreach (var negation in negations)
        {
            for (var start = 0; start < words.Count; start++)
            {
                if (negation.MatchesAt(words, start))
                {
                    cancelling.Add((start, start + negation.Length));
                }
            }
        }

        var found = new List<(SafetyHit Hit, bool Alone)>();
        var talksAboutSafety = false;
        foreach (var (kind, phrase, alone) in events)
        {
            for (var start = 0; start < words.Count; start++)
            {
                if (!phrase.MatchesAt(words, start))
                {
                    continue;
                }

                var end = start + phrase.Length;
                if (Cancelled(cancelling, start, end))
                {
                    // "No side effects" is about side effects: context for "except a rash". A cancelled idiom
                    // ("not working out") says nothing about medicines, so it gives none.
                    talksAboutSafety |= alone;
                    continue;
                }

                found.Add((new SafetyHit(kind.Id, kind.Title, phrase.Text, Span(text!, words, start, end)), alone));
            }
        }

        if (found.Count == 0)
        {
            return SafetyDetection.None;
        }

        var contextWords = new List<string>();
        foreach (var phrase in context)
        {
            for (var start = 0; start < words.Count; start++)
            {
                if (phrase.MatchesAt(words, start))
                {
                    contextWords.Add(Span(text!, words, start, start + phrase.Length));
                }
            }
        }

        var inContext = talksAboutSafety || contextWords.Count > 0 || found.Exists(f => f.Alone);
        var hits = found.Where(f => f.Alone || inContext).Select(f => f.Hit).Distinct().ToList();
        return hits.Count == 0 ? SafetyDetection.None : new SafetyDetection(hits, [.. contextWords.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    private static bool Cancelled(List<(int Start, int End)> cancelling, int start, int end)
    {
        foreach (var (from, to) in cancelling)
        {
            if (from <= start && end <= to)
            {
                return true;
            }
        }

        return false;
    }

    private static string Span(string text, IReadOnlyList<SafetyWord> words, int start, int end) =>
        text.Substring(words[start].Start, words[end - 1].Start + words[end - 1].Length - words[start].Start);

    private static SafetyPhrase Parse(string phrase) =>
        SafetyPhrase.TryParse(phrase, out var error) ?? throw new ArgumentException(error, nameof(phrase));
}
