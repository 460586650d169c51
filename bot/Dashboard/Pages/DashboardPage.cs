using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>Every dashboard page knows who is looking before its handler runs; the layout shows it.</summary>
public abstract class DashboardPage(DashboardAccess access) : PageModel
{
    public DashboardViewer Viewer { get; private set; } = new("", false, [], false);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await access.ViewerAsync(User, HttpContext.RequestAborted) is { } viewer)
        {
            Viewer = viewer;
            ViewData["Viewer"] = viewer;
        }

        await next();
    }

    public static string ReadinessLabel(Readiness readiness) => readiness switch
    {
        Readiness.Strong => "Strong",
        Readiness.NeedsAttention => "Needs attention",
        _ => "Gap",
    };

    /// <summary>A review round's status as people read it; "—" when never submitted for review.</summary>
    public static string ApprovalLabel(string? status) => status switch
    {
        null => "—",
        Dialogs.Flows.Partnerships.ApprovalStatus.Awaiting => "Awaiting review",
        Dialogs.Flows.Partnerships.ApprovalStatus.Approved => "Approved",
        Dialogs.Flows.Partnerships.ApprovalStatus.ChangesRequested => "Changes requested",
        Dialogs.Flows.Partnerships.ApprovalStatus.Rejected => "Rejected",
        Dialogs.Flows.Partnerships.ApprovalStatus.Superseded => "Superseded (submitted again)",
        _ => status,
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string When(DateTimeOffset? at) => at?.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
