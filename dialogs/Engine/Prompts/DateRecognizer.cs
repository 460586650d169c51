using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Texts;

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
/// "next month", "friday", "next friday", "31 March 2027", "31st Mar", "March 31, 2027". In German and French
/// also the culture's own forms: "1.3.2027", "01/03/2027" and "1.3." (day first, as both write it), month and day
/// names ("31. März 2027", "1er mars"), "heute", "morgen", "in 2 Wochen", "aujourd'hui", "demain", "dans 3 jours".
/// ISO dates and the English words work in every language. In English, numeric day/month forms such as
/// "03/04/2027" are refused with a sentence saying why: the bot's English users are international staff, and
/// the same string is 4 March in the UK and 3 April in the US.
/// </summary>
public static partial class DateRecognizer
{
    private const int MaxYear = 2999;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    // German and French words for the relative days and units; English ones work in every language.
    private static readonly Dictionary<string, string> LocalWords = new(StringComparer.Ordinal)
    {
        ["heute"] = "today", ["morgen"] = "tomorrow", ["gestern"] = "yesterday", ["übermorgen"] = "day after tomorrow",
        ["nächste woche"] = "next week", ["nächsten monat"] = "next month", ["nächstes jahr"] = "next year",
        ["aujourd'hui"] = "today", ["demain"] = "tomorrow", ["hier"] = "yesterday", ["après-demain"] = "day after tomorrow",
        ["la semaine prochaine"] = "next week", ["semaine prochaine"] = "next week", ["le mois prochain"] = "next month",
        ["mois prochain"] = "next month", ["l'année prochaine"] = "next year", ["année prochaine"] = "next year",
    };

    private static readonly Dictionary<string, string> LocalUnits = new(StringComparer.Ordinal)
    {
        ["tag"] = "day", ["tage"] = "day", ["tagen"] = "day", ["woche"] = "week", ["wochen"] = "week",
        ["monat"] = "month", ["monate"] = "month", ["monaten"] = "month", ["jahr"] = "year", ["jahre"] = "year", ["jahren"] = "year",
        ["jour"] = "day", ["jours"] = "day", ["semaine"] = "week", ["semaines"] = "week", ["mois"] = "month",
        ["an"] = "year", ["ans"] = "year", ["année"] = "year", ["années"] = "year",
    };

    /// <summary>Reads a date as a user of <paramref name="culture"/> types it; errors are in that language.</summary>
    public static DateMatch Recognize(string input, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(culture);
        var text = Normalize(input);
        if (text.Length == 0)
        {
            return new DateMatch(DateMatchKind.NoMatch);
        }

        if (Iso().Match(text) is { Success: true } iso)
        {
            return Build(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), culture);
        }

        if (Numeric().Match(text) is { Success: true } numeric)
        {
            return NumericDate(numeric, today, culture);
        }

        if (LocalWords.TryGetValue(text, out var english))
        {
            text = english;
        }

        if (LocalRelative().Match(text) is { Success: true } local && LocalUnits.TryGetValue(local.Groups["unit"].Value, out var localUnit)
            && NumberWords.TryGetCount(local.Groups["n"].Value, out var localCount))
        {
            return Relative(today, localUnit, localCount, culture);
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
            return Relative(today, relative.Groups["unit"].Value, count, culture);
        }

        if (Weekday().Match(text) is { Success: true } weekday && TryWeekday(weekday.Groups["day"].Value, culture, out var dayOfWeek))
        {
            var ahead = ((int)dayOfWeek - (int)today.DayOfWeek + 7) % 7;
            return Found(today.AddDays(ahead == 0 ? 7 : ahead));
        }

        var named = DayMonth().Match(text) is { Success: true } dm ? dm : MonthDay().Match(text);
        if (named.Success && TryMonth(named.Groups["month"].Value, culture, out var month))
        {
            return named.Groups["y"].Success ? Build(Int(named, "y"), month, Int(named, "d"), culture) : NextOccurrence(today, month, Int(named, "d"), culture);
        }

        return new DateMatch(DateMatchKind.NoMatch);
    }

    /// <summary>
    /// "1.3.2027", "01/03/2027", "1.3.27", "1.3.": day first in German and French. In English the same forms are
    /// refused with a sentence (not guessed), unless day and month are the same number.
    /// </summary>
    private static DateMatch NumericDate(Match numeric, DateOnly today, CultureInfo culture)
    {
        var first = Int(numeric, "a");
        var second = Int(numeric, "b");
        if (Languages.Code(culture) == "en" && first != second)
        {
            return new DateMatch(DateMatchKind.Invalid, Error: T.DateAmbiguous.Format(culture, numeric.Value));
        }

        if (!numeric.Groups["y"].Success)
        {
            return NextOccurrence(today, second, first, culture);
        }

        var year = Int(numeric, "y");
        return Build(year < 100 ? 2000 + year : year, second, first, culture);
    }

    /// <summary>A day and month without a year: the next time that day comes round, today included.</summary>
    private static DateMatch NextOccurrence(DateOnly today, int month, int day, CultureInfo culture)
    {
        var thisYear = Build(today.Year, month, day, culture);
        if (thisYear.Kind == DateMatchKind.Found && thisYear.Date < today)
        {
            return Build(today.Year + 1, month, day, culture);
        }

        return thisYear.Kind == DateMatchKind.Invalid && month == 2 && day == 29 ? Build(NextLeapYear(today.Year), month, day, culture) : thisYear;
    }

    private static DateMatch Found(DateOnly date) => new(DateMatchKind.Found, date);

    /// <summary>
    /// "in N units" counted in months so a huge N ("in 99999999 days") is refused before DateOnly's arithmetic
    /// would throw; nothing past the last year an ISO date may name is a date anyone plans for.
    /// </summary>
    private static DateMatch Relative(DateOnly today, string unit, int count, CultureInfo culture)
    {
        var tooFar = new DateMatch(DateMatchKind.Invalid, Error: T.DateTooFar.In(culture));
        var months = unit switch
        {
            "day" => count / 28L,
            "week" => count * 7L / 28,
            "month" => count,
            _ => count * 12L,
        };
        if (today.Year + (months / 12) > MaxYear)
        {
            return tooFar;
        }

        var date = unit switch
        {
            "day" => today.AddDays(count),
            "week" => today.AddDays(7 * count),
            "month" => today.AddMonths(count),
            _ => today.AddYears(count),
        };
        return date.Year > MaxYear ? tooFar : Found(date);
    }

    private static DateMatch Build(int year, int month, int day, CultureInfo culture)
    {
        if (year is < 1900 or > MaxYear || month is < 1 or > 12)
        {
            return new DateMatch(DateMatchKind.Invalid, Error: T.DateNotReal.In(culture));
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var monthName = Languages.Code(culture) == "en" ? MonthNames[month - 1] : culture.DateTimeFormat.GetMonthName(month);
            return new DateMatch(DateMatchKind.Invalid, Error: T.DateNoSuchDay.Format(culture, day.ToString(CultureInfo.InvariantCulture), monthName, year.ToString(CultureInfo.InvariantCulture)));
        }

        return Found(new DateOnly(year, month, day));
    }

    /// <summary>An English month name or a prefix of at least three letters; in German and French also the culture's ("mär", "févr").</summary>
    private static bool TryMonth(string name, CultureInfo culture, out int month)
    {
        month = 0;
        name = name.TrimEnd('.');
        if (name.Length < 3)
        {
            return false;
        }

        string[][] lists = Languages.Code(culture) == "en"
            ? [MonthNames]
            : [MonthNames, culture.DateTimeFormat.MonthNames[..12], culture.DateTimeFormat.MonthGenitiveNames[..12]];
        foreach (var names in lists)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    month = i + 1;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryWeekday(string name, CultureInfo culture, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            if (name.Length >= 3 && (candidate.ToString().StartsWith(name, StringComparison.OrdinalIgnoreCase)
                || (Languages.Code(culture) != "en" && culture.DateTimeFormat.GetDayName(candidate).StartsWith(name, StringComparison.OrdinalIgnoreCase))))
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

    [GeneratedRegex(@"^(?:next |this |nächsten |nächster |kommenden )?(?<day>\p{L}+)(?: prochain)?$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.? (?<month>\p{L}+\.?)(?: (?<y>\d{4}))?$")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?<month>\p{L}+) (?<d>\d{1,2})(?: (?<y>\d{4}))?$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th|er)\b")]
    private static partial Regex Ordinal();

    // Day first, month second: "1.3.2027", "01/03/2027", "1.3.27", "1.3." (Normalize has dropped a final dot).
    [GeneratedRegex(@"^(?<a>\d{1,2})[./](?<b>\d{1,2})(?:[./](?<y>\d{4}|\d{2})|\.)?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?:in|dans) (?<n>\w+) (?<unit>\p{L}+)$")]
    private static partial Regex LocalRelative();
}
