using PartnershipBot.Texts;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>Disclosure calendar: overdue and upcoming obligations by month and by country/code, with two SVG charts.</summary>
public sealed class CalendarModel(DashboardAccess access, DashboardQueries queries) : DashboardPage(access)
{
    public const int Months = 12;

    public DisclosureCalendarView Calendar { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "calendar";
        Calendar = await queries.CalendarAsync(Viewer, Months, cancellationToken);
    }

    /// <summary>Upcoming entries grouped by the country codes and the code they fall under.</summary>
    public IEnumerable<IGrouping<string, CalendarEntry>> ByCountryAndCode() =>
        Calendar.Overdue.Concat(Calendar.Upcoming)
            .GroupBy(e => $"{(e.Countries.Count == 0 ? Say.DashNoCountry.Plain(Culture) : string.Join(", ", e.Countries))} · {e.Code}")
            .OrderBy(g => g.Key, StringComparer.Ordinal);
}
