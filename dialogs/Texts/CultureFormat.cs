using System.Globalization;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// Dates and numbers as a turn's culture writes them. English keeps the bot's day-month-year wording for every
/// English region ("Wednesday 31 March 2027", "25,000"): its users are international staff, and a US-style
/// "March 31" next to a UK colleague's "31 March" would be read as two different dates. German and French follow
/// the culture ("Mittwoch, 31. März 2027", "25.000"; "mercredi 31 mars 2027", "25 000").
/// </summary>
public static class CultureFormat
{
    /// <summary>The long date the bot echoes back: "Wednesday 31 March 2027", "Mittwoch, 31. März 2027", "mercredi 31 mars 2027".</summary>
    public static string LongDate(DateOnly date, CultureInfo culture) => Languages.Code(culture) switch
    {
        "de" => date.ToString("dddd, d. MMMM yyyy", culture),
        "fr" => date.ToString("dddd d MMMM yyyy", culture),
        _ => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>A date inside a summary line: "31 March 2027", "31. März 2027", "31 mars 2027".</summary>
    public static string Date(DateOnly date, CultureInfo culture) => Languages.Code(culture) switch
    {
        "de" => date.ToString("d. MMMM yyyy", culture),
        "fr" => date.ToString("d MMMM yyyy", culture),
        _ => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A date in a list line, a card or a table: English keeps the short "1 Mar 2027" (every English region); German
    /// and French write the month in full as <see cref="Date"/> does ("1. März 2027", "1 mars 2027"), since their
    /// abbreviated months ("März", "févr.") save little and read oddly.
    /// </summary>
    public static string ShortDate(DateOnly date, CultureInfo culture) => Languages.Code(culture) == "en"
        ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : Date(date, culture);

    /// <summary>The date of a moment as its own offset reads it (the bot stores moments in UTC).</summary>
    public static string ShortDate(DateTimeOffset at, CultureInfo culture) => ShortDate(DateOnly.FromDateTime(at.DateTime), culture);

    /// <summary>"15 Jun 2027 09:00": the date and 24-hour time of a moment as its own offset reads it.</summary>
    public static string ShortDateTime(DateTimeOffset at, CultureInfo culture) =>
        $"{ShortDate(DateOnly.FromDateTime(at.DateTime), culture)} {at.DateTime.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>"8 Mar 2027 14:05 UTC": a stored moment in UTC, said so (readers are in several time zones).</summary>
    public static string ShortDateTimeUtc(DateTimeOffset at, CultureInfo culture) => $"{ShortDateTime(at.ToUniversalTime(), culture)} UTC";

    /// <summary>An amount or count with the culture's grouping and up to two decimals: "25,000.5", "25.000,5", "25 000,5".</summary>
    public static string Number(decimal value, CultureInfo culture) =>
        value.ToString("#,0.##", Languages.Code(culture) == "en" ? CultureInfo.InvariantCulture : culture);
}
