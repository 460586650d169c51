using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

public sealed class ConditionTests
{
    private static readonly Answers Sample = Answers.Empty.With("scope", "international").With("experts", ["hcps", "carers"]).With("years", "4");

    [Theory]
    [InlineData("scope == international", true)]
    [InlineData("scope == INTERNATIONAL", true)]
    [InlineData("scope != international", false)]
    [InlineData("missing != x", false)]
    [InlineData("scope in [domestic, international]", true)]
    [InlineData("experts contains carers", true)]
    [InlineData("not experts contains scientists", true)]
    [InlineData("count(experts) >= 2 and years < 5", true)]
    [InlineData("years > 4 or (scope == international and experts contains hcps)", true)]
    [InlineData("missing is empty and scope is set", true)]
    [InlineData("years <= 3", false)]
    public void Evaluate_Expressions_FollowTheSmallLanguage(string text, bool expected) =>
        Assert.Equal(expected, Condition.Parse(text).Evaluate(Sample));

    [Theory]
    [InlineData("", "the condition is empty")]
    [InlineData("scope ==", "expected a value at the end")]
    [InlineData("scope = x", "unexpected character '='")]
    [InlineData("scope is maybe", "expected 'set' or 'empty' after 'is'")]
    [InlineData("(scope == x", "expected ')' at the end")]
    [InlineData("count(experts) contains x", "must be compared with a number")]
    public void Parse_BadExpressions_SayWhatIsWrong(string text, string message) =>
        Assert.Contains(message, Assert.Throws<ConditionSyntaxException>(() => Condition.Parse(text)).Message, StringComparison.Ordinal);
}
