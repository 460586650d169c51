namespace PartnershipBot.Approvals;

/// <summary>
/// The answer to <see cref="ApprovalService.DecideAsync"/>. <see cref="Round"/> is the round as it stands after the
/// call (for AlreadyDecided: who decided it, what, when); null only for NotFound. <see cref="CurrentRound"/> is
/// the collaboration's latest round number (for StaleRound: the round the card should show).
/// </summary>
public sealed record ApprovalOutcome(ApprovalOutcomeKind Kind, ApprovalRoundRow? Round, int? CurrentRound = null)
{
    public bool IsDecided => Kind == ApprovalOutcomeKind.Decided;

    /// <summary>A sentence for the person who clicked: the decision, or why nothing was stored.</summary>
    public string Describe() => Kind switch
    {
        ApprovalOutcomeKind.Decided => $"Recorded: {ApprovalMessages.Verb(Round!.Status)} by {Round.DecidedByName}.",
        ApprovalOutcomeKind.NotAReviewer => "Only a configured compliance reviewer for this collaboration can decide on it. Nothing was recorded.",
        ApprovalOutcomeKind.OwnCollaboration => "You created or own this collaboration, so another reviewer must decide on it (four eyes). Nothing was recorded.",
        ApprovalOutcomeKind.CommentRequired => "Please add a comment: requesting changes or rejecting needs one, so the owner knows what to do. Nothing was recorded.",
        ApprovalOutcomeKind.StaleRound => $"This card is for an earlier version: the collaboration was changed and submitted again (round {CurrentRound}). Nothing was recorded.",
        ApprovalOutcomeKind.AlreadyDecided => $"{Round!.DecidedByName} already {ApprovalMessages.Verb(Round.Status)} this on {Round.DecidedAt:d MMM yyyy HH:mm} UTC. Nothing more was recorded.",
        _ => "That collaboration or its review was not found. Nothing was recorded.",
    };
}
