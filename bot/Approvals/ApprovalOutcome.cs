using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Approvals;

/// <summary>
/// The answer to <see cref="ApprovalService.DecideAsync"/>. <see cref="Round"/> is the round as it stands after the
/// call (for AlreadyDecided: who decided it, what, when); null only for NotFound. <see cref="CurrentRound"/> is
/// the collaboration's latest round number (for StaleRound: the round the card should show).
/// </summary>
public sealed record ApprovalOutcome(ApprovalOutcomeKind Kind, ApprovalRoundRow? Round, int? CurrentRound = null)
{
    public bool IsDecided => Kind == ApprovalOutcomeKind.Decided;

    /// <summary>A sentence for the person who clicked (plain text, in their culture): the decision, or why nothing was stored.</summary>
    public string Describe(CultureInfo culture)
    {
        var text = Kind switch
        {
            ApprovalOutcomeKind.Decided => ByStatus(Say.ApprovalRecordedApproved, Say.ApprovalRecordedChanges, Say.ApprovalRecordedRejected).Format(culture, Round!.DecidedByName),
            ApprovalOutcomeKind.NotAReviewer => Say.ApprovalNotAReviewer.In(culture),
            ApprovalOutcomeKind.OwnCollaboration => Say.ApprovalOwnCollaboration.In(culture),
            ApprovalOutcomeKind.CommentRequired => Say.ApprovalCommentRequired.In(culture),
            ApprovalOutcomeKind.StaleRound => Say.ApprovalStaleRound.Format(culture, CurrentRound),
            ApprovalOutcomeKind.AlreadyDecided => ByStatus(Say.ApprovalAlreadyApproved, Say.ApprovalAlreadyChanges, Say.ApprovalAlreadyRejected)
                .Format(culture, Round!.DecidedByName, Round.DecidedAt is { } at ? CultureFormat.ShortDateTimeUtc(at, culture) : ""),
            _ => Say.ApprovalNotFound.In(culture),
        };

        // Plain text: the names were escaped as values of the sentence, and are shown as typed.
        return Markdown.Unescape(text.Value);
    }

    private LocalText ByStatus(LocalText approved, LocalText changes, LocalText rejected) => Round!.Status switch
    {
        ApprovalStatus.Approved => approved,
        ApprovalStatus.ChangesRequested => changes,
        _ => rejected,
    };
}
