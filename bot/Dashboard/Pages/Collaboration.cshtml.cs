using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>
/// One collaboration: answers, assessment, checklist, obligations with their reminders, review rounds, audit trail;
/// and for a configured reviewer who did not create it, the decision forms of the open round. Who may decide is
/// settled on the server at each POST (by ApprovalService, plus the owner accounts only the dashboard knows), never
/// by which forms the page showed; every outcome comes back as post/redirect/get with its sentence.
/// </summary>
public sealed class CollaborationModel(DashboardAccess access, DashboardQueries queries, ApprovalQueries approvals, ApprovalService service) : DashboardPage(access)
{
    public CollaborationDetail Detail { get; private set; } = null!;

    public DateOnly Today => queries.Today;

    /// <summary>The accounts linked to the creator's and their linking history; empty when it was never linked.</summary>
    public LinkHistory CreatorLinks { get; private set; } = LinkHistory.None;

    /// <summary>The round the forms decide, when the viewer may decide it now; null shows no forms.</summary>
    public int? DecidableRound { get; private set; }

    /// <summary>The result of the viewer's last decision (after the redirect), or null.</summary>
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? review, CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "collaborations";

        // Someone else's collaboration is "not found", so its existence is not given away either.
        var detail = await queries.CollaborationAsync(Viewer, id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        if (OwnerAccount.Parse(detail.Summary.CreatedBy) is { } creator)
        {
            CreatorLinks = await queries.LinkHistoryAsync([creator], cancellationToken);
        }

        var rounds = await approvals.RoundsAsync(id, cancellationToken);
        Message = Enum.TryParse<ApprovalOutcomeKind>(review, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? Describe(kind, rounds, Culture) : null;
        if (Actor() is { } actor && !IsOwn(detail) && rounds.Count > 0
            && await approvals.ReviewAsync(id, rounds[^1].Round, cancellationToken) is { IsOpen: true } open
            && open.Reviewers.Any(r => r.Is(actor)))
        {
            DecidableRound = open.Round.Round;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, int round, string? decision, string? comment, CancellationToken cancellationToken)
    {
        var detail = await queries.CollaborationAsync(Viewer, id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<ApprovalDecision>(decision, ignoreCase: false, out var chosen) || !Enum.IsDefined(chosen) || comment is { Length: > 4000 })
        {
            return BadRequest("Choose Approve, RequestChanges or Reject, with a comment of at most 4000 characters.");
        }

        // Nothing is stored for a refusal: without an object id nobody is a reviewer, and a reviewer whose linked chat
        // account created the collaboration (which only the dashboard knows) is refused as the core refuses its owner.
        var kind = Actor() is not { } actor ? ApprovalOutcomeKind.NotAReviewer
            : IsOwn(detail) ? ApprovalOutcomeKind.OwnCollaboration
            : (await service.DecideAsync(id, round, chosen, actor, comment, cancellationToken)).Kind;
        return RedirectToPage(null, null, new { id = id.ToString("N"), review = kind.ToString() }, "review-h");
    }

    public static string StatusClass(Dialogs.Guidance.AssessmentStatus status) => status.ToString().ToLowerInvariant();

    private ApprovalActor? Actor() =>
        Viewer.EntraObjectId is { Length: > 0 } oid ? new ApprovalActor($"dashboard:{oid}", Viewer.Name, EntraObjectId: oid) : null;

    private bool IsOwn(CollaborationDetail detail) =>
        Viewer.Accounts.Any(a => string.Equals(a.ToString(), detail.Summary.CreatedBy, StringComparison.Ordinal));

    /// <summary>The outcome's sentence, told against the rounds as they stand now (the redirect carries only its kind).</summary>
    private static string? Describe(ApprovalOutcomeKind kind, IReadOnlyList<ApprovalRoundRow> rounds, CultureInfo culture)
    {
        var latest = rounds.Count > 0 ? rounds[^1] : null;

        // A hand-made address claiming a decision the rounds do not hold gets no sentence.
        if (kind is ApprovalOutcomeKind.Decided or ApprovalOutcomeKind.AlreadyDecided && latest?.DecidedAt is null)
        {
            return null;
        }

        return new ApprovalOutcome(kind, latest, latest?.Round).Describe(culture);
    }
}
