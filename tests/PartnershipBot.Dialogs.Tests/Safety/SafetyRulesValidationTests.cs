using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Safety;

/// <summary>The loader (and so `content validate`) refuses safety rules the detector could not use as meant, with the line.</summary>
public sealed class SafetyRulesValidationTests
{
    private static readonly string DefaultYaml = ReadDefault();

    public static TheoryData<string, string, string, string> BrokenRules => new()
    {
        // name, text to find (first occurrence in the safety section), replacement, expected error
        { "unknown kind", "    - id: overdose\n", "    - id: overdoses\n", "safety.kinds[2].id: 'overdoses' must be one of side_effect, lack_of_effect" },
        { "missing kind", "    - id: overdose\n", "    - id: overdoses\n", "safety.kinds: the kind 'overdose' is missing" },
        { "star inside a word", "alone: [overdos*,", "alone: [\"over*dose\",", "'over*dose': 'over*dose' must be letters or digits" },
        { "star on a short word", "alone: [overdos*,", "alone: [\"in*\",", "'in*': 'in*' is too short to end in *" },
        { "duplicate phrase", "\"adverse effect*\",", "\"Side-Effect*\",", "'Side-Effect*' is the same phrase as 'side effect*'" },
        { "negation that cancels nothing", "\"sick leave\",", "\"annual leave\",", "safety.negations: 'annual leave' contains no event phrase" },
        { "empty medicines", "  medicines: [medicine*,", "  medicines: []\n  unused: [medicine*,", "safety.medicines: must not be empty" },
        { "bad language", "  language: en\n", "  language: English\n", "safety.language: 'English' is not a language code" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Parse_BrokenSafetyRules_AreRefusedWithTheLine(string name, string find, string replace, string expected)
    {
        var safety = DefaultYaml.IndexOf("\nsafety:", StringComparison.Ordinal);
        var at = DefaultYaml.IndexOf(find, safety, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture '{name}' does not match the default pack");
        var broken = string.Concat(DefaultYaml.AsSpan(0, at), replace, DefaultYaml.AsSpan(at + find.Length));

        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(broken, "broken.yaml"));

        var line = Assert.Single(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Matches(@"^broken\.yaml:(\d+): ", line);
        Assert.NotEqual("broken.yaml:1: ", line[..15]);
    }

    [Fact]
    public void Parse_WithoutASafetySection_IsRefused()
    {
        var broken = DefaultYaml[..DefaultYaml.IndexOf("\nsafety:", StringComparison.Ordinal)];

        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(broken, "broken.yaml"));

        Assert.Contains(error.Errors, e => e.Contains("safety: is required", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDefault_HasEveryKind()
    {
        var rules = GuidancePack.LoadDefault().Safety;

        Assert.Equal("en", rules.Language);
        Assert.Equal(SafetyKinds.Required, rules.Kinds.Select(k => k.Id));
    }

    private static string ReadDefault()
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
