using CsCheck;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Safety;

using PartnershipBot.Dialogs.Tests.Safety;

namespace PartnershipBot.Dialogs.Tests.Properties;

/// <summary>
/// Detection runs on every message anyone types, so it must never throw; what it reports must be words of the
/// message; and a safety sentence stays detected whatever unrelated text surrounds it.
/// </summary>
public sealed class SafetyDetectorPropertyTests
{
    private static readonly SafetyDetector Detector = new(GuidancePack.LoadDefault().Safety);

    // Anything, weighted towards the rules' own words, apostrophes, hyphens and odd characters.
    private static readonly Gen<string> Typed = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz '’-*side effect rash tablets no patient"], 0, 80],
        Gen.Char.Array[0, 80].Select(c => new string(c)),
        Gen.Const("\ud800 side\u0000effects \u202e of the \udfff tablets'"));

    private static readonly Gen<string> Filler = Gen.String[Gen.Char["abcdefghjkmnqrstuvwxyz ,.;"], 0, 40];

    [Fact]
    public void Detect_AnyText_NeverThrows_AndReportsOnlyItsOwnWords() =>
        Typed.Sample(text =>
        {
            var found = Detector.Detect(text);
            _ = found.Summary;
            return found.Hits.All(h => text.Contains(h.Matched, StringComparison.Ordinal)) && found.Context.All(c => text.Contains(c, StringComparison.Ordinal));
        });

    [Fact]
    public void Detect_APositive_StaysDetected_InsideOtherText() =>
        Gen.Select(Gen.Int[0, SafetyCorpus.Positives.Length - 1], Filler, Filler).Sample((i, before, after) =>
        {
            var (text, kind) = SafetyCorpus.Positives[i];
            return Detector.Detect($"{before}. {text}. {after}").Kinds.Contains(kind);
        });
}
