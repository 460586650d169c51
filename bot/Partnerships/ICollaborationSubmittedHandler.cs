using PartnershipBot.Data;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Partnerships;

/// <summary>A collaboration as it was just submitted (or resubmitted after an edit), staged but not yet saved.</summary>
public sealed record SubmittedCollaboration(CollaborationRow Row, Answers Answers, string? OwnerTimeZone, string Actor, DateTimeOffset At)
{
    /// <summary>The submitter as <c>channel:userId</c> (see ActorIds).</summary>
    public string? ActorId { get; init; }
}

/// <summary>
/// What follows from a submission (the obligations and their reminders), staged on the same DbContext so it
/// commits with the answers. Storage owns this interface and Reminders implements it: the save calls outward
/// without knowing who listens, and the dependency runs Reminders -> Storage only.
/// </summary>
public interface ICollaborationSubmittedHandler
{
    Task OnSubmittedAsync(BotDbContext db, SubmittedCollaboration submitted, CancellationToken cancellationToken);
}
