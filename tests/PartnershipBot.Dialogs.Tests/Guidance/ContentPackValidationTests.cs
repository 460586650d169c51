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
        Assert.Equal("ABPI Code of Practice for the Pharmaceutical Industry — Association of the British Pharmaceutical Industry (PMCPA), 2024 edition (in effect 1 October 2024, full force 1 January 2025)", pack.Source("abpi-2024").Citation);
        Assert.All(pack.Sources, s => Assert.Equal(new DateOnly(2026, 12, 2), s.Listed));
        Assert.All(pack.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Note), $"source {s.Id} does not say what was checked"));
        Assert.All(pack.Disclosure.Rules, r => Assert.Contains(pack.Sources, s => s.Id == r.SourceId));
        Assert.All(pack.Assessment.SelectMany(a => a.Rules), r => Assert.Contains(pack.Sources, s => s.Id == r.SourceId));
    }

    /// <summary>
    /// Statements the seeds do not make (domain notes, corrections) must cite their real source or company
    /// policy, never a seed: government and NGOs with a strong local presence, an expert committee, the L2
    /// thresholds, fair market value, the 90 days.
    /// </summary>
    [Fact]
    public void LoadDefault_SeedSources_AreNotCitedForWhatTheSeedsDoNotSay()
    {
        var pack = GuidancePack.LoadDefault();
        string[] seeds = ["sanofi-report", "jpa-international"];
        string[] notInSeeds = ["government", "strong local presence", "expert committee", "fair market", "fair-market", "90 days", "more than 10", "3 years"];
        var statements = pack.Principles.Select(p => (p.SourceId, Text: $"{p.Summary} {p.Why}"))
            .Concat(pack.Assessment.SelectMany(a => a.Rules).Select(r => (r.SourceId, Text: r.Reason)))
            .Concat(pack.Checklist.Where(c => !c.Text.Contains("company policy", StringComparison.Ordinal)).Select(c => (c.SourceId, Text: c.Text)))
            .Concat(pack.Quiz.Select(q => (q.SourceId, Text: $"{q.Scenario} {q.Explanation}")))
            .Where(x => seeds.Contains(x.SourceId));

        Assert.All(statements, x => Assert.DoesNotContain(notInSeeds, phrase => x.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal("efpia-ptt", pack.Assessment.Single(a => a.PrincipleId == "R2").Rules.Single(r => r.Reason.Contains("fair-market-value", StringComparison.Ordinal)).SourceId);
        Assert.All(pack.Assessment.Single(a => a.PrincipleId == "L2").Rules.Where(r => r.When is not null), r => Assert.Equal("company-policy", r.SourceId));
        Assert.True(pack.Source(pack.Disclosure.PolicySourceId).IsCompanyPolicy);
    }

    public static TheoryData<string, string, string, string> BrokenPacks => new()
    {
        // name, text to find (first occurrence), replacement, expected error (line of the found text is {line})
        { "duplicate id", "  - id: partner\n", "  - id: title\n", "questions[1]: duplicate id 'title' (first at line" },
        { "unknown principle", "    principle: R2\n", "    principle: R9\n", "questions[22].principle: unknown principle 'R9'" },
        { "unknown question in condition", "    when: owner_is_me == no\n", "    when: owner_is_boss == no\n", "questions[11].when: unknown question 'owner_is_boss'" },
        { "question asked later", "    when: owner_is_me == no\n", "    when: support_type == none\n", "questions[11].when: question 'support_type' is asked later" },
        { "empty choices", "      - { value: domestic, title: Domestic, synonyms: [national, local, uk] }\n      - { value: international, title: International, synonyms: [global, abroad, overseas] }\n", "", "questions[3].choices: must not be empty" },
        { "bad duration", "    due: start_date - 30d\n", "    due: start_date - thirty days\n", "checklist[46].due: 'start_date - thirty days' is not a due date" },
        { "bad date rule", "month: 6, day: 30 }", "month: 6, day: 31 }", "disclosure.annual.rules[0].deadlines[0].day: month 6 has no day 31" },
        { "unparsable condition", "    when: review_cadence == not_planned\n", "    when: review_cadence == == not_planned\n", "cannot read condition 'review_cadence == == not_planned': expected a value, found '=='" },
        { "missing field", "    prompt: Which organisation are you partnering with?\n", "", "questions[1].prompt: is required" },
        { "unknown field", "    help: The partner's legal", "    hlep: The partner's legal", "questions[1].hlep: unknown field" },
        { "unknown source", "    source: jpa-international\n", "    source: jpa-intl\n", "principles[4].source: unknown source 'jpa-intl'" },
        { "no correct quiz option", ", correct: true }", " }", "quiz[0].options: exactly one option must be marked correct: true" },
        { "unknown placeholder", "Book the first joint review with {partner}", "Book the first joint review with {partner_name}", "checklist[39].text: unknown question 'partner_name'" },
        { "unknown country code", "        countries: [GB]\n", "        countries: [UK]\n", "disclosure.annual.rules[0].countries: 'UK' is not an ISO 3166-1 alpha-2 country code" },
        { "country name in a condition", "    when: support_type != none and partner_country contains US\n", "    when: support_type != none and partner_country contains USA\n", "checklist[35].when: 'USA' is not an ISO 3166-1 alpha-2 country code" },
        { "unknown choice in a condition", "when: support_type != none and (partner_type in [hco, hcp_society] or people_paid contains hcps) and partner_country contains GB\n    text: \"Report", "when: support_type != none and (partner_type in [hco, hcp_socety] or people_paid contains hcps) and partner_country contains GB\n    text: \"Report", "checklist[22].when: 'hcp_socety' is not a choice of the partner_type question" },
        { "unknown partner type in a rule", "partner_types: [patients_public]", "partner_types: [patient]", "disclosure.annual.rules[3].partner_types: 'patient' is not a choice of the partner_type or people_paid question" },
        { "dated rule not confirmed", "cite: transferofvalue.ie (published within six months of the year end)\n        checked: 2026-12-02\n        confirmed: true\n", "cite: transferofvalue.ie (published within six months of the year end)\n        checked: 2026-12-02\n        confirmed: false\n", ".deadlines: a rule with confirmed: false has no deadlines" },
        { "unknown company default", "    # default: efpia-national-code", "    default: efpia-default", "disclosure.annual.default: unknown rule 'efpia-default'" },
        { "source without a read or listed date", "    version: launch announcement\n    read: 2026-12-02\n", "    version: launch announcement\n", "sources[0].read: is required" },
        { "source with a bad read date", "    version: launch announcement\n    read: 2026-12-02\n", "    version: launch announcement\n    read: last week\n", "sources[0].read: 'last week' is not a date (yyyy-mm-dd)" },
        { "source with the older checked spelling and read", "    version: launch announcement\n    read: 2026-12-02\n", "    version: launch announcement\n    read: 2026-12-02\n    checked: 2026-12-02\n", "sources[0].checked: give either read or checked" },
        { "assessment reason without source", "view of their needs.\n        source: company-policy\n", "view of their needs.\n", "assessment[0].rules[0].source: is required" },
        { "assessment reason with unknown source", "view of their needs.\n        source: company-policy\n", "view of their needs.\n        source: sanofi-blog\n", "assessment[0].rules.source: unknown source 'sanofi-blog'" },
        { "checklist item without source", "    principle: R4\n    source: abpi-2024\n    cite: \"Clause 27.2 (2021 numbering; the 2024 sub-clause was not read)\"\n", "    principle: R4\n    cite: Clause 27.2\n", "checklist[0].source: is required" },
        { "quiz question without source", "  - id: q-agreement-timing\n    principle: R4\n    source: abpi-2024\n", "  - id: q-agreement-timing\n    principle: R4\n", "quiz[0].source: is required" },
        { "disclosure rule without source", "        partner_types: [patient_org, advocacy_group]\n        source: abpi-2024\n", "        partner_types: [patient_org, advocacy_group]\n", "disclosure.annual.rules[0].source: is required" },
        { "disclosure rule without checked date", "        cite: Clauses 29.1 and 31\n        checked: 2026-12-02\n", "        cite: Clauses 29.1 and 31\n", "disclosure.annual.rules[0].checked: is required" },
        { "quiz with two correct options", "{ text: \"The grant is paid; the agreement can follow before the week starts\" }", "{ text: \"The grant is paid; the agreement can follow before the week starts\", correct: true }", "quiz[0].options: exactly one option must be marked correct: true" },
        { "quiz with a repeated option", "{ text: \"The grant is paid; the agreement can follow before the week starts\" }", "{ text: \"The written agreement is certified and signed by both parties, before the grant is paid\" }", "quiz[0].options: the option 'The written agreement is certified and signed by both parties, before the grant is paid' appears more than once" },
        { "unknown rule in a due date", "    due: obligation:annual_disclosure/gb-patients-public\n", "    due: obligation:annual_disclosure/gb-patients\n", "checklist[23].due: unknown disclosure rule 'gb-patients'" },
        { "working day not before", "            working_day: before\n", "            working_day: after\n", "deadlines[0].working_day: 'after' must be 'before'" },
        { "set date in the support year", "            set_dates: {}\n", "            set_dates: { 2027: 2027-03-29 }\n", "set_dates: the date for 2027 data must fall in a later year" },
        { "unknown question in a rule condition", "        when: de_code == fsa\n", "        when: german_code == fsa\n", "disclosure.annual.rules[7].when: unknown question 'german_code'" },
        { "unknown choice in a rule condition", "        when: de_code == fsa\n", "        when: de_code == fsk\n", "disclosure.annual.rules[7].when: 'fsk' is not a choice of the de_code question" },
        { "unknown question format", "    format: country\n", "    format: nation\n", "questions[5].format: only text questions have a format, and it must be countries, country or dates" },
        { "quiz without principle or topic", "  - id: q-sole-funder\n    topic: Independence of the patient organisation\n", "  - id: q-sole-funder\n", "quiz[2].principle: a question needs a principle or a topic" },
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
