using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// When a checklist item is due: a date question plus or minus a period ("start_date - 30d", "end_date + 3m"),
/// or a named obligation from the disclosure rules ("obligation:annual_disclosure"), optionally of one rule
/// ("obligation:annual_disclosure/gb-patients-public"), so a mixed board's Clause 30 item does not take the
/// Disclosure UK submission date of its HCP members.
/// </summary>
public sealed partial record DueExpression
{
    public static readonly IReadOnlyList<string> Obligations = ["written_agreement", "annual_disclosure", "benefits_profile", "first_review"];

    private DueExpression(string? field, int amount, char unit, string? obligation, string? rule = null)
    {
        Rule = rule;
        Field = field;
        Amount = amount;
        Unit = unit;
        Obligation = obligation;
    }

    public string? Field { get; }
    public int Amount { get; }
    public char Unit { get; }
    public string? Obligation { get; }

    /// <summary>The disclosure rule id an annual_disclosure due date is taken from; null: the first of any rule.</summary>
    public string? Rule { get; }

    public static DueExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith("obligation:", StringComparison.Ordinal))
        {
            var name = trimmed["obligation:".Length..];
            string? rule = null;
            if (name.IndexOf('/', StringComparison.Ordinal) is var slash and > 0)
            {
                (name, rule) = (name[..slash], name[(slash + 1)..]);
                if (name != "annual_disclosure" || rule.Length == 0)
                {
                    throw new FormatException($"'{text}': only obligation:annual_disclosure/RULE-ID names a rule");
                }
            }

            return Obligations.Contains(name)
                ? new DueExpression(null, 0, 'd', name, rule)
                : throw new FormatException($"unknown obligation '{name}' (known: {string.Join(", ", Obligations)})");
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a due date such as 'start_date - 7d' or 'obligation:annual_disclosure'");
        }

        var amount = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["sign"].Value == "-")
        {
            amount = -amount;
        }

        return new DueExpression(match.Groups["field"].Value, amount, match.Groups["unit"].Success ? match.Groups["unit"].Value[0] : 'd', null);
    }

    /// <summary>The date for these answers, or null when the date question is not answered.</summary>
    public DateOnly? Resolve(Answers answers, DisclosureCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(calendar);
        if (Obligation is not null)
        {
            return calendar.FirstDue(Obligation, answers, Rule);
        }

        return answers.GetDate(Field!) is { } date ? Shift(date, Amount, Unit) : null;
    }

    public static DateOnly Shift(DateOnly date, int amount, char unit) => unit switch
    {
        'w' => date.AddDays(7 * amount),
        'm' => date.AddMonths(amount),
        'y' => date.AddYears(amount),
        _ => date.AddDays(amount),
    };

    [GeneratedRegex(@"^(?<field>[A-Za-z_][A-Za-z0-9_]*)(\s*(?<sign>[+-])\s*(?<n>\d{1,4})(?<unit>[dwmy]))?$")]
    private static partial Regex Pattern();
}
