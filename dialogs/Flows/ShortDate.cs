using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows;

/// <summary>
/// A date inside a command's list line ("status", "reminders"): English keeps the short "1 Mar 2027" the commands
/// always wrote; German and French write the month in full as <see cref="CultureFormat.Date"/> does ("1. März 2027",
/// "1 mars 2027"), since their abbreviated months ("März", "mars") save little and read oddly with a dot.
/// </summary>
internal static class ShortDate
{
    public static string Of(DateOnly date, CultureInfo culture) => Languages.Code(culture) == "en"
        ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : CultureFormat.Date(date, culture);

    /// <summary>The date of a moment as its own clock reads it (the offset it carries), as the commands wrote it before.</summary>
    public static string Of(DateTimeOffset at, CultureInfo culture) => Of(DateOnly.FromDateTime(at.DateTime), culture);

    /// <summary>"15 Jun 2027 09:00": the date and the 24-hour clock time of a moment already in the zone to show.</summary>
    public static string WithTime(DateTimeOffset at, CultureInfo culture) =>
        Of(at, culture) + " " + at.ToString("HH:mm", CultureInfo.InvariantCulture);
}
