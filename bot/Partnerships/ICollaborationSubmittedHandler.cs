using PartnershipBot.Data;

namespace PartnershipBot.Partnerships;

/// <summary>
/// What follows from a submission (the obligations and their reminders), staged on the same DbContext so it
/// commits with the answers. Partnerships owns this interface and Reminders implements it: the save calls outward
/// without knowing who listens, and the dependency runs Reminders -> Partnerships only.
/// </summary>
public interface ICollaborationSubmittedHandler
{
    Task OnSubmittedAsync(BotDbContext db, SubmittedCollaboration submitted, CancellationToken cancellationToken);
}
