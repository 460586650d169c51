using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>A review round's status, as the dialogs read it and the host stores it (approval_rounds.status).</summary>
public static class ApprovalStatus
{
    /// <summary>Sent for review; no reviewer has decided yet.</summary>
    public const string Awaiting = "awaiting";

    public const string Approved = "approved";

    /// <summary>A reviewer asked for changes (with a comment): the owner edits and submits again, which opens the next round.</summary>
    public const string ChangesRequested = "changes_requested";

    /// <summary>A reviewer rejected it (with a comment): the collaboration is closed.</summary>
    public const string Rejected = "rejected";

    /// <summary>The owner submitted again before anyone decided: the next round replaced this one, undecided.</summary>
    public const string Superseded = "superseded";

    /// <summary>
    /// How the dialogs name a status to the owner, in <paramref name="culture"/>'s language: "awaiting review",
    /// "approved by Ada Reviewer", ... Plain text: the caller escapes it (the reviewer's name is a value).
    /// </summary>
    public static string Describe(ApprovalRecord approval, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(culture);
        return approval.Status switch
        {
            Awaiting => T.ApprovalAwaiting.In(culture).Value,
            Approved => T.ApprovalApprovedBy.Plain(culture, approval.DecidedBy),
            ChangesRequested => T.ApprovalChangesRequested.In(culture).Value,
            Rejected => T.ApprovalRejected.In(culture).Value,
            _ => approval.Status,
        };
    }
}
