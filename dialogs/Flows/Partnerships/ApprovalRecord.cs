namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>The latest compliance review round of a collaboration, as the dialogs read it.</summary>
public sealed record ApprovalRecord
{
    /// <summary>1 for the first submission, one more for each resubmission.</summary>
    public required int Round { get; init; }

    /// <summary>One of <see cref="ApprovalStatus"/>.</summary>
    public required string Status { get; init; }

    public string? DecidedBy { get; init; }
    public string? DecidedByRole { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The reviewer's comment (request changes and reject carry one).</summary>
    public string? Comment { get; init; }

    public bool IsApproved => Status == ApprovalStatus.Approved;
}
