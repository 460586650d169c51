using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>
/// Dates and times in notices (reminders, review cards, escalations). English keeps the short "8 Mar 2027" the
/// notices always used (tests and people read it); German and French write the culture's date
/// (<see cref="CultureFormat.Date"/>: "8. März 2027", "8 mars 2027"). Times are UTC and say so.
/// </summary>
public static class NoticeDates
{
    public static string Day(DateOnly day, CultureInfo culture) => Languages.Code(culture) == "en"
        ? day.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : CultureFormat.Date(day, culture);

    /// <summary>The day of an instant as stored (the bot stores instants in UTC).</summary>
    public static string Day(DateTimeOffset at, CultureInfo culture) => Day(DateOnly.FromDateTime(at.DateTime), culture);

    /// <summary>"8 Mar 2027 14:05 UTC", "8. März 2027 14:05 UTC": an instant as stored (in UTC).</summary>
    public static string Utc(DateTimeOffset at, CultureInfo culture) =>
        $"{Day(at, culture)} {at.DateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
}
