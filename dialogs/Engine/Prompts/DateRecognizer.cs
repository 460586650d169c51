using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Engine;

public enum DateMatchKind
{
    Found,
    NoMatch,

    /// <summary>Looks like a date but is not one ("31 February 2027"); <see cref="DateMatch.Error"/> says why.</summary>
    Invalid,
}

public sealed record DateMatch(DateMatchKind Kind, DateOnly Date = default, string? Error = null);

/// <summary>
/// Reads a date relative to the user's today: "2027-03-31", "today", "tomorrow", "in 3 days", "in two weeks",
/// "next month", "friday", "next friday", "31 March 2027", "31st Mar", "March 31, 2027". Numeric day/month forms
/// such as "03/04/2027" are refused: they mean different days in the US and in Europe.
/// </summary>
public static partial class DateRecognizer
{
    private const int MaxYear = 2999;

    private static readonly DateMatch TooFar = new(DateMatchKind.Invalid, Error: "That date is too far away.");

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static DateMatch Recognize(string input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = Normalize(input);
        if (text.Length == 0)
        {
            return new DateMatch(DateMatchKind.NoMatch);
        }

        if (Iso().Match(text) is { Success: true } iso)
        {
            return Build(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"));
        }

        switch (text)
        {
            case "today":
                return Found(today);
            case "tomorrow":
                return Found(today.AddDays(1));
            case "yesterday":
                return Found(today.AddDays(-1));
            case "day after tomorrow":
                return Found(today.AddDays(2));
            case "next week":
                return Found(today.AddDays(7));
            case "next month":
                return Found(today.AddMonths(1));
            case "next year":
                return Found(today.AddYears(1));
        }

        if (Relative().Match(text) is { Success: true } relative && NumberWords.TryGetCount(relative.Groups["n"].Value, out var count))
        {
            return Relative(today, relative.Groups["unit"].Value, count);
        }

        if (Weekday().Match(text) is { Success: true } weekday && TryWeekday(weekday.Groups["day"].Value, out var dayOfWeek))
        {
            var ahead = ((int)dayOfWeek - (int)today.DayOfWeek + 7) % 7;
            return Found(today.AddDays(ahead == 0 ? 7 : ahead));
        }

        var named = DayMonth().Match(text) is { Success: true } dm ? dm : MonthDay().Match(text);
        if (named.Success && TryMonth(named.Groups["month"].Value, out var month))
        {
            var day = Int(named, "d");
            if (named.Groups["y"].Success)
            {
                return Build(Int(named, "y"), month, day);
            }

            // No year: the next time that day comes round, today included.
            var thisYear = Build(today.Year, month, day);
            if (thisYear.Kind == DateMatchKind.Found && thisYear.Date < today)
            {
                return Build(today.Year + 1, month, day);
            }

            return thisYear.Kind == DateMatchKind.Invalid && month == 2 && day == 29 ? Build(NextLeapYear(today.Year), month, day) : thisYear;
        }

        return new DateMatch(DateMatchKind.NoMatch);
    }

    private static DateMatch Found(DateOnly date) => new(DateMatchKind.Found, date);

    /// <summary>
    /// "in N units" counted in months so a huge N ("in 99999999 days") is refused before DateOnly's arithmetic
    /// would throw; nothing past the last year an ISO date may name is a date anyone plans for.
    /// </summary>
    private static DateMatch Relative(DateOnly today, string unit, int count)
    {
        var months = unit switch
        {
            "day" => count / 28L,
            "week" => count * 7L / 28,
            "month" => count,
            _ => count * 12L,
        };
        if (today.Year + (months / 12) > MaxYear)
        {
            return TooFar;
        }

        var date = unit switch
        {
            "day" => today.AddDays(count),
            "week" => today.AddDays(7 * count),
            "month" => today.AddMonths(count),
            _ => today.AddYears(count),
        };
        return date.Year > MaxYear ? TooFar : Found(date);
    }

    private static DateMatch Build(int year, int month, int day)
    {
        if (year is < 1900 or > MaxYear || month is < 1 or > 12)
        {
            return new DateMatch(DateMatchKind.Invalid, Error: "That doesn't look like a real date.");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new DateMatch(DateMatchKind.Invalid, Error: $"There is no {day} {MonthNames[month - 1]} {year}.");
        }

        return Found(new DateOnly(year, month, day));
    }

    private static bool TryMonth(string name, out int month)
    {
        month = 0;
        if (name.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static bool TryWeekday(string name, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            if (name.Length >= 3 && candidate.ToString().StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }

    private static int NextLeapYear(int year)
    {
        var next = year + 1;
        while (!DateTime.IsLeapYear(next))
        {
            next++;
        }

        return next;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Normalize(string input)
    {
        var text = input.Trim().TrimEnd('.', '!').ToLowerInvariant().Replace(",", " ", StringComparison.Ordinal);
        text = Ordinal().Replace(text, "$1");
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var filler in (string[])["on ", "by ", "the "])
        {
            if (text.StartsWith(filler, StringComparison.Ordinal))
            {
                text = text[filler.Length..];
            }
        }

        return text.Replace(" of ", " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^in (?<n>\w+) (?<unit>day|week|month|year)s?$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:next |this )?(?<day>[a-z]+)$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?<d>\d{1,2}) (?<month>[a-z]+)(?: (?<y>\d{4}))?$")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?<month>[a-z]+) (?<d>\d{1,2})(?: (?<y>\d{4}))?$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();
}
