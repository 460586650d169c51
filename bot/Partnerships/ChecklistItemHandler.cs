using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

/// <summary>
/// Ticks or unticks an item of the turn's user's collaboration. An item that no longer exists (the checklist was
/// rebuilt) is left alone.
/// </summary>
internal sealed class ChecklistItemHandler : EffectHandler<SetChecklistItem>
{
    protected override async Task ApplyAsync(SetChecklistItem effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.ChecklistItems.FindAsync([effect.CollaborationId, effect.ItemId], cancellationToken);
        if (row is null || row.Done == effect.Done)
        {
            return;
        }

        // Someone else's collaboration (a forged card value) is left alone, as the obligation handlers do.
        if (await db.Collaborations.FindAsync([effect.CollaborationId], cancellationToken) is not { } collaboration
            || !await SaveCollaborationHandler.IsOwnedByAsync(db, collaboration, turn, cancellationToken))
        {
            return;
        }

        row.Done = effect.Done;
        row.DoneBy = effect.Done ? effect.Actor : null;
        row.DoneById = effect.Done ? ActorIds.Of(turn) : null;
        row.DoneAt = effect.Done ? effect.At : null;
        db.AuditEvents.Add(new AuditEventRow
        {
            CollaborationId = effect.CollaborationId,
            Actor = effect.Actor,
            ActorId = ActorIds.Of(turn),
            Action = effect.Done ? "checklist.done" : "checklist.undone",
            Detail = effect.ItemId,
            At = effect.At,
        });
    }
}
