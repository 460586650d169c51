namespace PartnershipBot.Dashboard.Pages;

/// <summary>Downloads: the year's disclosure list, the checklist status and the audit trail for a date range.</summary>
public sealed class ExportsModel(DashboardAccess access, DashboardQueries queries) : DashboardPage(access)
{
    public int LastYear => queries.Today.Year - 1;

    public IEnumerable<int> Years => Enumerable.Range(queries.Today.Year - 5, 8).Reverse();

    public void OnGet() => ViewData["Nav"] = "exports";
}
