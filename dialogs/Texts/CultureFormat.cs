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

    /// <summary>An amount or count with the culture's grouping and up to two decimals: "25,000.5", "25.000,5", "25 000,5".</summary>
    public static string Number(decimal value, CultureInfo culture) =>
        value.ToString("#,0.##", Languages.Code(culture) == "en" ? CultureInfo.InvariantCulture : culture);
}
