using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>Recursive descent over the tokens of a condition: or > and > not > comparison.</summary>
internal sealed partial class ConditionParser
{
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", "<=", ">", ">="];
    private readonly List<string> tokens;
    private int position;

    public ConditionParser(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // \G chains the matches, so anything the tokenizer cannot read stops the chain early.
        var matches = Token().Matches(text);
        var end = matches.Count == 0 ? 0 : matches[^1].Index + matches[^1].Length;
        if (end != text.TrimEnd().Length)
        {
            throw new ConditionSyntaxException($"unexpected character '{text[end..].TrimStart()[0]}'");
        }

        tokens = [.. matches.Select(m => m.Groups[1].Value)];
        if (tokens.Count == 0)
        {
            throw new ConditionSyntaxException("the condition is empty");
        }
    }

    public Condition ParseAll()
    {
        var condition = ParseOr();
        if (position < tokens.Count)
        {
            throw new ConditionSyntaxException($"unexpected '{tokens[position]}'");
        }

        return condition;
    }

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new Condition.Or(left, ParseAnd());
        }

        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("and"))
        {
            left = new Condition.And(left, ParseUnary());
        }

        return left;
    }

    private Condition ParseUnary()
    {
        if (Accept("not"))
        {
            return new Condition.Not(ParseUnary());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        return ParseComparison();
    }

    private Condition ParseComparison()
    {
        var count = Accept("count");
        if (count)
        {
            Expect("(");
        }

        var field = Identifier();
        if (count)
        {
            Expect(")");
        }

        var op = Next("an operator");
        if (Comparisons.Contains(op))
        {
            return new Condition.Compare(field, count, op, Value());
        }

        if (count)
        {
            throw new ConditionSyntaxException($"count({field}) must be compared with a number");
        }

        switch (op)
        {
            case "contains":
                return new Condition.Contains(field, Value());
            case "is":
                var what = Next("'set' or 'empty'");
                return what switch
                {
                    "set" => new Condition.IsSet(field, true),
                    "empty" => new Condition.IsSet(field, false),
                    _ => throw new ConditionSyntaxException($"expected 'set' or 'empty' after 'is', found '{what}'"),
                };
            case "in":
                Expect("[");
                var values = new List<string> { Value() };
                while (Accept(","))
                {
                    values.Add(Value());
                }

                Expect("]");
                return new Condition.In(field, values);
            default:
                throw new ConditionSyntaxException($"expected an operator after '{field}', found '{op}'");
        }
    }

    private string Identifier()
    {
        var token = Next("a question id");
        return IdentifierPattern().IsMatch(token) ? token : throw new ConditionSyntaxException($"expected a question id, found '{token}'");
    }

    private string Value()
    {
        var token = Next("a value");
        if (token.Length >= 2 && token[0] == '"' && token[^1] == '"')
        {
            return token[1..^1];
        }

        return token is "(" or ")" or "[" or "]" or "," || Comparisons.Contains(token)
            ? throw new ConditionSyntaxException($"expected a value, found '{token}'")
            : token;
    }

    private bool Accept(string token)
    {
        if (position < tokens.Count && string.Equals(tokens[position], token, StringComparison.Ordinal))
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new ConditionSyntaxException(position < tokens.Count ? $"expected '{token}', found '{tokens[position]}'" : $"expected '{token}' at the end");
        }
    }

    private string Next(string what) =>
        position < tokens.Count ? tokens[position++] : throw new ConditionSyntaxException($"expected {what} at the end");

    [GeneratedRegex("""\G\s*("[^"]*"|==|!=|<=|>=|<|>|\(|\)|\[|\]|,|[A-Za-z0-9_.\-]+)""")]
    private static partial Regex Token();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
