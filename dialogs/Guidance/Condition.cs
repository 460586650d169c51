using System.Globalization;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// A condition on answers, parsed once when the pack loads. The language is deliberately tiny:
/// <c>field == value</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>field in [a, b]</c>,
/// <c>field contains value</c> (multi-choice), <c>field is set</c>, <c>field is empty</c>, <c>count(field)</c> as a
/// number, combined with <c>and</c>, <c>or</c>, <c>not</c> and parentheses.
/// </summary>
public abstract record Condition
{
    public abstract bool Evaluate(Answers answers);

    /// <summary>Question ids the condition reads, for reference checks.</summary>
    public abstract IEnumerable<string> Fields { get; }

    /// <summary>The values it compares answers with, per question, so the pack check can refuse unknown ones.</summary>
    internal virtual IEnumerable<(string Field, string Value)> Literals => [];

    public static Condition Parse(string text) => new ConditionParser(text).ParseAll();

    internal sealed record And(Condition Left, Condition Right) : Condition
    {
        public override bool Evaluate(Answers answers) => Left.Evaluate(answers) && Right.Evaluate(answers);

        public override IEnumerable<string> Fields => Left.Fields.Concat(Right.Fields);

        internal override IEnumerable<(string Field, string Value)> Literals => Left.Literals.Concat(Right.Literals);
    }

    internal sealed record Or(Condition Left, Condition Right) : Condition
    {
        public override bool Evaluate(Answers answers) => Left.Evaluate(answers) || Right.Evaluate(answers);

        public override IEnumerable<string> Fields => Left.Fields.Concat(Right.Fields);

        internal override IEnumerable<(string Field, string Value)> Literals => Left.Literals.Concat(Right.Literals);
    }

    internal sealed record Not(Condition Inner) : Condition
    {
        public override bool Evaluate(Answers answers) => !Inner.Evaluate(answers);

        public override IEnumerable<string> Fields => Inner.Fields;

        internal override IEnumerable<(string Field, string Value)> Literals => Inner.Literals;
    }

    internal sealed record IsSet(string Field, bool Expected) : Condition
    {
        public override bool Evaluate(Answers answers) => answers.Has(Field) == Expected;

        public override IEnumerable<string> Fields => [Field];
    }

    internal sealed record Contains(string Field, string Value) : Condition
    {
        public override bool Evaluate(Answers answers) => answers.All(Field).Contains(Value, StringComparer.OrdinalIgnoreCase);

        public override IEnumerable<string> Fields => [Field];

        internal override IEnumerable<(string Field, string Value)> Literals => [(Field, Value)];
    }

    internal sealed record In(string Field, IReadOnlyList<string> Values) : Condition
    {
        public override bool Evaluate(Answers answers) =>
            answers.Get(Field) is { } v && Values.Contains(v, StringComparer.OrdinalIgnoreCase);

        public override IEnumerable<string> Fields => [Field];

        internal override IEnumerable<(string Field, string Value)> Literals => Values.Select(v => (Field, v));
    }

    /// <summary>A comparison. An unanswered field makes every comparison false, so "x != y" needs x answered.</summary>
    internal sealed record Compare(string Field, bool Count, string Op, string Value) : Condition
    {
        public override bool Evaluate(Answers answers)
        {
            decimal? number = Count ? answers.All(Field).Length : answers.GetNumber(Field);
            if (Op is "==" or "!=" && !Count)
            {
                var actual = answers.Get(Field);
                if (actual is null)
                {
                    return false;
                }

                var equal = string.Equals(actual, Value, StringComparison.OrdinalIgnoreCase);
                return Op == "==" ? equal : !equal;
            }

            if (number is null || !decimal.TryParse(Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var limit))
            {
                return false;
            }

            return Op switch
            {
                "==" => number == limit,
                "!=" => number != limit,
                "<" => number < limit,
                "<=" => number <= limit,
                ">" => number > limit,
                _ => number >= limit,
            };
        }

        public override IEnumerable<string> Fields => [Field];

        internal override IEnumerable<(string Field, string Value)> Literals => Count || Op is not ("==" or "!=") ? [] : [(Field, Value)];
    }
}

public sealed class ConditionSyntaxException(string message) : FormatException(message);
