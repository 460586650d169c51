using System.Reflection;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>The default pack loads; each kind of broken pack is reported with file, line and field.</summary>
public sealed class ContentPackValidationTests
{
    private static readonly string DefaultYaml = ReadDefault();

    [Fact]
    public void LoadDefault_BuiltInPack_HasAllPrinciplesAndSections()
    {
        var pack = GuidancePack.LoadDefault();

        Assert.Equal(["R1", "R2", "R3", "R4", "L1", "L2", "L3", "L4", "P1"], pack.Principles.Select(p => p.Id));
        Assert.All(pack.Principles, p => Assert.Contains(pack.Sources, s => s.Id == p.SourceId));
        Assert.True(pack.Quiz.Count >= 10);
        Assert.Equal(new[] { 30, 7, 1 }, pack.Disclosure.Reminders.LeadDays);
        Assert.Equal("ABPI Code of Practice for the Pharmaceutical Industry (Association of the British Pharmaceutical Industry (PMCPA), 2024)", pack.Source("abpi-2024").Citation);
    }

    public static TheoryData<string, string, string, string> BrokenPacks => new()
    {
        // name, text to find (first occurrence), replacement, expected error (line of the found text is {line})
        { "duplicate id", "  - id: partner\n", "  - id: title\n", "questions[1]: duplicate id 'title' (first at line" },
        { "unknown principle", "    principle: R2\n", "    principle: R9\n", "questions[14].principle: unknown principle 'R9'" },
        { "unknown question in condition", "    when: owner_is_me == no\n", "    when: owner_is_boss == no\n", "questions[8].when: unknown question 'owner_is_boss'" },
        { "question asked later", "    when: owner_is_me == no\n", "    when: support_type == none\n", "questions[8].when: question 'support_type' is asked later" },
        { "empty choices", "      - { value: domestic, title: Domestic, synonyms: [national, local, uk] }\n      - { value: international, title: International, synonyms: [global, abroad, overseas] }\n", "", "questions[3].choices: must not be empty" },
        { "bad duration", "    due: start_date - 30d\n", "    due: start_date - thirty days\n", "checklist[14].due: 'start_date - thirty days' is not a due date" },
        { "bad date rule", "        due_day: 30\n", "        due_day: 31\n", "disclosure.annual_disclosure.rules[0].due_day: month 6 has no day 31" },
        { "unparsable condition", "    when: review_cadence == not_planned\n", "    when: review_cadence == == not_planned\n", "cannot read condition 'review_cadence == == not_planned': expected a value, found '=='" },
        { "missing field", "    prompt: Which organisation are you partnering with?\n", "", "questions[1].prompt: is required" },
        { "unknown field", "    help: The partner's legal", "    hlep: The partner's legal", "questions[1].hlep: unknown field" },
        { "unknown source", "    source: jpa-international\n", "    source: jpa-intl\n", "principles[4].source: unknown source 'jpa-intl'" },
        { "no correct quiz option", ", correct: true }", " }", "quiz[0].options: exactly one option must be marked correct: true" },
        { "unknown placeholder", "Book the first joint review with {partner}", "Book the first joint review with {partner_name}", "checklist[5].text: unknown question 'partner_name'" },
        { "unknown country rule", "{ countries: [US], rule: us-internal-policy }", "{ countries: [US], rule: us-policy }", "disclosure.annual_disclosure.countries[2].rule: unknown rule 'us-policy'" },
    };

    [Theory]
    [MemberData(nameof(BrokenPacks))]
    public void Parse_BrokenPack_ReportsFileLineAndField(string name, string find, string replace, string expected)
    {
        var at = DefaultYaml.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture '{name}' does not match the default pack");
        var broken = string.Concat(DefaultYaml.AsSpan(0, at), replace, DefaultYaml.AsSpan(at + find.Length));

        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(broken, "broken.yaml"));

        var line = Assert.Single(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Matches(@"^broken\.yaml:\d+: ", line);
    }

    [Fact]
    public void Parse_DuplicateId_PointsAtTheLineOfTheDuplicate()
    {
        var broken = DefaultYaml.Replace("  - id: partner\n", "  - id: title\n", StringComparison.Ordinal);
        var lineOfDuplicate = DefaultYaml[..DefaultYaml.IndexOf("  - id: partner\n", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(broken, "guidance.yaml"));

        Assert.Contains($"guidance.yaml:{lineOfDuplicate}: questions[1]: duplicate id 'title'", error.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadYamlSyntax_ReportsTheLine()
    {
        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse("version: 1\nsources:\n  - id: \"unclosed\n", "syntax.yaml"));

        Assert.Matches(@"^syntax\.yaml:[34]: \(syntax\): ", Assert.Single(error.Errors));
    }

    [Fact]
    public void Parse_UnclosedFlowList_IsASyntaxErrorNotACrash()
    {
        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse("version: 1\nsources: [a, b\nprinciples: []\n", "syntax.yaml"));

        Assert.StartsWith("syntax.yaml:", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ReportsIt()
    {
        var errors = GuidancePackLoader.Validate(Path.Combine(Path.GetTempPath(), "no-such-pack.yaml"));

        Assert.EndsWith("no-such-pack.yaml:1: (file): not found", Assert.Single(errors), StringComparison.Ordinal);
    }

    private static string ReadDefault()
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
