using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Approvals;

/// <summary>Who reviews a collaboration: the configured reviewers whose countries and partner types include it.</summary>
public sealed class ApprovalReviewers(IOptions<ApprovalOptions> options)
{
    public IReadOnlyList<ApprovalReviewer> For(Answers answers) =>
        [.. options.Value.Reviewers.Where(r => r.Reviews(answers))];

    /// <summary>The reviewer the actor is, among those who review this collaboration; null for anyone else.</summary>
    public ApprovalReviewer? Find(ApprovalActor actor, Answers answers) =>
        For(answers).FirstOrDefault(r => r.Is(actor));
}
