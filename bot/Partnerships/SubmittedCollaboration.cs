using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Partnerships;

/// <summary>A collaboration as it was just submitted (or resubmitted after an edit), staged but not yet saved.</summary>
public sealed record SubmittedCollaboration(CollaborationRow Row, Answers Answers, string? OwnerTimeZone, string Actor, DateTimeOffset At)
{
    /// <summary>The submitter as <c>channel:userId</c> (see ActorIds).</summary>
    public string? ActorId { get; init; }
}
