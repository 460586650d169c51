using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Safety;

namespace PartnershipBot.Dialogs.Tests.Safety;

/// <summary>
/// The built-in pack's safety rules on the labelled corpus: every positive is detected with its kind (a missed
/// report is worse than an extra one), and the negatives reported are exactly the accepted false positives, so a
/// change to the rules that adds or removes one shows up here.
/// </summary>
public sealed class SafetyCorpusTests
{
    private static readonly SafetyDetector Detector = new(GuidancePack.LoadDefault().Safety);

    /// <summary>Negatives the rules report, accepted: each has an event word and a person or medicine in it.</summary>
    private static readonly string[] AcceptedFalsePositives =
    [
        // "side effect" (cancelled) makes the message about side effects, and "the hospital" is an event word then.
        "a nice side effect of the partnership is better links with the hospital",
    ];

    [Fact]
    public void Corpus_HasAtLeast150Sentences_AndEveryKind()
    {
        Assert.True(SafetyCorpus.Positives.Length + SafetyCorpus.Negatives.Length >= 150);
        Assert.All(SafetyKinds.Required, kind => Assert.True(SafetyCorpus.Positives.Count(p => p.Kind == kind) >= 5, $"fewer than 5 positives of {kind}"));
    }

    [Fact]
    public void Positives_AreAllDetected_WithTheirKind()
    {
        var missed = SafetyCorpus.Positives
            .Select(p => (p.Text, p.Kind, Found: Detector.Detect(p.Text)))
            .Where(p => !p.Found.Kinds.Contains(p.Kind))
            .Select(p => $"{p.Text} (expected {p.Kind}, found {(p.Found.Found ? p.Found.Summary : "nothing")})")
            .ToList();

        Assert.True(missed.Count == 0, "Missed:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void Negatives_ReportedAreExactlyTheAcceptedFalsePositives()
    {
        var reported = SafetyCorpus.Negatives.Where(n => Detector.Detect(n).Found).ToList();

        Assert.True(
            reported.SequenceEqual(AcceptedFalsePositives),
            "Reported negatives:\n" + string.Join("\n", reported.Select(n => $"\"{n}\", // {Detector.Detect(n).Summary}")));
    }

    [Fact]
    public void Negation_CancelsOnlyTheWordsInside()
    {
        Assert.False(Detector.Detect("No side effects were reported by the members").Found);
        var hit = Detector.Detect("No side effects were reported, but one patient fainted after the tablets");

        Assert.Equal([SafetyKinds.SideEffect], hit.Kinds);
        Assert.Equal("fainted", Assert.Single(hit.Hits).Matched);
    }

    [Fact]
    public void Summary_SaysWhatMatchedAndTheContext()
    {
        var hit = Detector.Detect("patients told us the new tablets gave them severe rashes");

        Assert.Equal("side_effect: 'rashes' (rash*); context: tablets, patients, them", hit.Summary);
    }
}
