using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>
/// Issue 16: citations read "(PMCPA), 2024))". Every source's citation, with every clause the pack cites from it,
/// and every place a citation is rendered (question help, quiz feedback in its brackets, assessment and checklist
/// sources) has balanced brackets and no doubled punctuation.
/// </summary>
public sealed partial class PackCitationTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    [Fact]
    public void Citation_AbpiCode_HasNoNestedClosingBrackets()
    {
        var cite = Pack.Source("abpi-2024").Cite("Clause 29");

        Assert.Equal(
            "ABPI Code of Practice for the Pharmaceutical Industry — Association of the British Pharmaceutical Industry (PMCPA), 2024 edition (in effect 1 October 2024, full force 1 January 2025), Clause 29; checked 2 Dec 2026",
            cite);
    }

    [Fact]
    public void EverySourceAndEveryRenderedCitation_HasBalancedBracketsAndNoDoubledPunctuation()
    {
        var quiz = new QuizDialog(Pack);
        var rendered = new List<string>();
        foreach (var source in Pack.Sources)
        {
            rendered.Add(source.Citation);
            rendered.Add(source.Cite(null));
        }

        rendered.AddRange(Cites().Select(c => Pack.Source(c.SourceId).Cite(c.Cite)));
        rendered.AddRange(Pack.Questions.Select(q => QuestionPrompts.Help(Pack, q, PartnershipBot.Dialogs.Texts.Languages.English)));

        // The quiz feedback puts the citation inside brackets of its own, in italics: "_(R4 ...; source: ...)_".
        rendered.AddRange(Pack.Quiz.Select(q => $"_({quiz.Citation(q, PartnershipBot.Dialogs.Texts.Languages.English)})_"));

        var problems = rendered.Where(text => !Balanced(text) || DoubledPunctuation().IsMatch(text)).Distinct().ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(rendered.Count > Pack.Sources.Count * 2 + Pack.Quiz.Count, "every cite of the pack is rendered");
    }

    [Theory]
    [InlineData("Code (PMCPA), 2024))")]
    [InlineData("Code (PMCPA, 2024")]
    [InlineData("websites.).")]
    [InlineData("Clause 29;; checked")]
    public void Check_KnownBadCitations_AreCaught(string text) =>
        Assert.True(!Balanced(text) || DoubledPunctuation().IsMatch(text));

    /// <summary>Every (source, clause) pair the pack cites: assessment rules, checklist items, quiz, disclosure rules and steps.</summary>
    private static IEnumerable<(string SourceId, string? Cite)> Cites()
    {
        foreach (var rule in Pack.Assessment.SelectMany(p => p.Rules))
        {
            yield return (rule.SourceId, rule.Cite);
        }

        foreach (var template in Pack.Checklist)
        {
            yield return (template.SourceId, template.Cite);
        }

        foreach (var question in Pack.Quiz)
        {
            yield return (question.SourceId, question.Cite);
        }

        foreach (var rule in Pack.Disclosure.Rules)
        {
            yield return (rule.SourceId, rule.Cite);
        }

        foreach (var step in new[] { Pack.Disclosure.Agreement, Pack.Disclosure.Acknowledgement })
        {
            yield return (step.SourceId, step.Cite);
            foreach (var o in step.Overrides)
            {
                yield return (o.SourceId, o.Cite);
            }
        }
    }

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    [GeneratedRegex(@"\)\)|\(\(|\.\.(?!\.)|\.\)\.|,,|;;|\.,|,\.|;\.|\s[.,;:)]|\(\s|\(,|,\)")]
    private static partial Regex DoubledPunctuation();
}
