using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>Issue 16: answers pasted into the pack's sentences read well for every choice of every question.</summary>
public sealed partial class PackTextTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    [Fact]
    public void Fill_ChoiceTitles_ReadInLowerCaseInsideASentence()
    {
        var answers = Answers.Empty.With("review_cadence", ["quarterly"]).With("agreement_status", ["drafted"]);

        Assert.Equal("you review together quarterly.", AnswerText.Fill(Pack, answers, "you review together {review_cadence}."));
        Assert.Equal("The agreement is drafted,", AnswerText.Fill(Pack, answers, "The agreement is {agreement_status},"));
    }

    [Fact]
    public void Format_YesNoAnswer_ReadsAsItsButtonInTheSummaryAndLowerCaseInASentence()
    {
        var answers = Answers.Empty.With("owner_is_me", ["yes"]);

        Assert.Equal("Yes", AnswerText.Format(Pack, answers, "owner_is_me"));
        Assert.Equal("owner: yes", AnswerText.Fill(Pack, answers, "owner: {owner_is_me}"));
    }

    [Fact]
    public void Fill_TypedAnswerEndingInAFullStop_DoesNotDoubleThePunctuation()
    {
        var answers = Answers.Empty.With("benefits_profile", ["A joint poster (on websites)."]);

        Assert.Equal("shown through \"A joint poster (on websites)\".", AnswerText.Fill(Pack, answers, "shown through \"{benefits_profile}\"."));
    }

    [Fact]
    public void EveryReasonAndChecklistText_WithEveryChoice_HasNoDoubledPunctuationOrStrayCapitals()
    {
        var choiceQuestions = Pack.Questions.Where(q => q.Choices.Count > 0).ToList();
        var rounds = choiceQuestions.Max(q => q.Choices.Count);
        var templates = Pack.Assessment.SelectMany(p => p.Rules).Select(r => r.Reason).Concat(Pack.Checklist.Select(c => c.Text)).ToList();
        var problems = new List<string>();
        for (var round = 0; round < rounds; round++)
        {
            var answers = Answers.Empty;
            foreach (var question in Pack.Questions)
            {
                answers = question.Choices.Count > 0
                    ? answers.With(question.Id, [question.Choices[round % question.Choices.Count].Value])
                    : answers.With(question.Id, ["Typed answer."]);
            }

            foreach (var template in templates)
            {
                var text = AnswerText.Fill(Pack, answers, template);
                if (DoubledPunctuation().IsMatch(text) || StrayCapital().Match(text) is { Success: true } && Placeholders(template))
                {
                    problems.Add(text);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    // A capital right after a placeholder's lower-case lead-in ("is Drafted") can only come from an answer.
    private static bool Placeholders(string template) => AnswerText.Placeholders(template).Any();

    [GeneratedRegex(@"\.\.(?!\.)|\.\)\.|,,|\.,|\s[.,;:]|\)\)")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"\b(?:is|are|together|through|via|be) (?!UK\b|EU\b|US\b)[A-Z][a-z]")]
    private static partial Regex StrayCapital();
}
