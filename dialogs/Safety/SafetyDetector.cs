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

        var cancelling = new List<(int Start, int End)>();
        foreach (var negation in negations)
        {
            cancelling.AddRange(negation.MatchesIn(words).Select(start => (start, start + negation.Length)));
        }

        var found = new List<(SafetyHit Hit, bool Alone)>();
        var talksAboutSafety = false;
        foreach (var (kind, phrase, alone) in events)
        {
            foreach (var start in phrase.MatchesIn(words))
            {
                var end = start + phrase.Length;
                if (cancelling.Exists(n => n.Start <= start && end <= n.End))
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
            contextWords.AddRange(phrase.MatchesIn(words).Select(start => Span(text!, words, start, start + phrase.Length)));
        }

        var inContext = talksAboutSafety || contextWords.Count > 0 || found.Exists(f => f.Alone);
        var hits = found.Where(f => f.Alone || inContext).Select(f => f.Hit).Distinct().ToList();
        return hits.Count == 0 ? SafetyDetection.None : new SafetyDetection(hits, [.. contextWords.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    private static string Span(string text, IReadOnlyList<SafetyWord> words, int start, int end) =>
        text.Substring(words[start].Start, words[end - 1].Start + words[end - 1].Length - words[start].Start);

    private static SafetyPhrase Parse(string phrase) =>
        SafetyPhrase.TryParse(phrase, out var error) ?? throw new ArgumentException(error, nameof(phrase));
}
