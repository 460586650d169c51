using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>Collaborations: the whole portfolio (compliance) or one's own (owners), filtered, sorted and paged.</summary>
public sealed class IndexModel(DashboardAccess access, DashboardQueries queries, IOptions<DashboardOptions> options) : DashboardPage(access)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Readiness? Readiness { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Approval { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>The approval statuses the filter offers (superseded rounds are never a collaboration's latest).</summary>
    public static readonly string[] ApprovalChoices =
        [ApprovalStatus.Awaiting, ApprovalStatus.Approved, ApprovalStatus.ChangesRequested, ApprovalStatus.Rejected];

    public Paged<CollaborationSummary> Rows { get; private set; } = new([], 0, 1, 1);

    public FilterChoices Choices { get; private set; } = new([], [], [], []);

    /// <summary>The owner's linked accounts and their linking history (empty for compliance's portfolio view).</summary>
    public LinkHistory Links { get; private set; } = LinkHistory.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || (!string.IsNullOrEmpty(Approval) && !ApprovalChoices.Contains(Approval)))
        {
            return BadRequest("Unknown filter value.");
        }

        ViewData["Nav"] = "collaborations";
        var filter = new CollaborationFilter
        {
            Status = Status, Owner = Owner, PartnerType = Type, Country = Country, Year = Year, Readiness = Readiness,
            OverdueOnly = Overdue, Search = Q, Approval = Approval, Sort = Sort ?? "title", Descending = Desc, Page = PageNumber,
        };
        (Rows, Choices) = await queries.CollaborationsAsync(Viewer, filter, options.Value.PageSize, cancellationToken);
        if (!Viewer.IsCompliance && Viewer.Accounts.Count > 0)
        {
            Links = await queries.LinkHistoryAsync(Viewer.Accounts, cancellationToken);
        }

        return Page();
    }

    /// <summary>This page's address with the current filters and one value changed.</summary>
    public string Link(string? sort = null, int? page = null)
    {
        var s = sort ?? Sort ?? "title";
        var desc = sort is null ? Desc : sort == (Sort ?? "title") && !Desc;
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status, ["owner"] = Owner, ["type"] = Type, ["country"] = Country, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["readiness"] = Readiness?.ToString(), ["overdue"] = Overdue ? "true" : null, ["q"] = Q, ["approval"] = Approval, ["sort"] = s, ["desc"] = desc ? "true" : null,
            ["p"] = (page ?? (sort is null ? Rows.Page : 1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/dashboard", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string? AriaSort(string column) => (Sort ?? "title") == column ? (Desc ? "descending" : "ascending") : null;
}
