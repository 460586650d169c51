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

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    public static string When(DateTimeOffset? at) => at?.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
