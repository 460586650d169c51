using Microsoft.AspNetCore.Mvc;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>The review queue, for compliance: collaborations awaiting a decision, the longest waiting first.</summary>
public sealed class ReviewsModel(DashboardAccess access, DashboardQueries queries) : DashboardPage(access)
{
    public IReadOnlyList<ReviewQueueEntry> Queue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "reviews";
        if (!Viewer.IsCompliance)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Queue = await queries.ReviewQueueAsync(Viewer, cancellationToken);
        return Page();
    }
}
