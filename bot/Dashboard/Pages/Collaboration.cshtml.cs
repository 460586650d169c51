using Microsoft.AspNetCore.Mvc;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>One collaboration: answers, assessment, checklist, obligations with their reminders, audit trail.</summary>
public sealed class CollaborationModel(DashboardAccess access, DashboardQueries queries) : DashboardPage(access)
{
    public CollaborationDetail Detail { get; private set; } = null!;

    public DateOnly Today => queries.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "collaborations";

        // Someone else's collaboration is "not found", so its existence is not given away either.
        var detail = await queries.CollaborationAsync(Viewer, id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public static string StatusClass(Dialogs.Guidance.AssessmentStatus status) => status.ToString().ToLowerInvariant();
}
