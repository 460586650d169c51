namespace PartnershipBot.Approvals;

/// <summary>The closed set of answers to a decision; only <see cref="Decided"/> stored anything.</summary>
public enum ApprovalOutcomeKind
{
    Decided,

    /// <summary>The actor is not a configured reviewer (or this collaboration is outside their countries or partner types).</summary>
    NotAReviewer,

    /// <summary>Four eyes: the actor created or owns the collaboration.</summary>
    OwnCollaboration,

    /// <summary>Request changes and reject need a comment.</summary>
    CommentRequired,

    /// <summary>The card is of an earlier round: the collaboration changed and was submitted again since.</summary>
    StaleRound,

    /// <summary>Someone decided this round already (two reviewers at once: the other one won).</summary>
    AlreadyDecided,

    /// <summary>No such collaboration, or no review round for it.</summary>
    NotFound,
}
