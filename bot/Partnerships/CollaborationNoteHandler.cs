using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

/// <summary>Stores a note with the turn, and an audit event that names it by id (audit details never hold free text).</summary>
internal sealed class CollaborationNoteHandler : EffectHandler<AddCollaborationNote>
{
    protected override async Task ApplyAsync(AddCollaborationNote effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        // The dialogs offer only the user's own collaborations; anything else here is a bug, not a note to store.
        if (await db.Collaborations.FindAsync([effect.CollaborationId], cancellationToken) is not { } collaboration
            || !await SaveCollaborationHandler.IsOwnedByAsync(db, collaboration, turn, cancellationToken))
        {
            throw new InvalidOperationException("A note names a collaboration that is not the user's.");
        }

        var note = new CollaborationNoteRow
        {
            CollaborationId = effect.CollaborationId,
            Text = effect.Text,
            Source = effect.Source,
            Author = effect.Actor,
            AuthorId = ActorIds.Of(turn),
            At = effect.At,
        };
        db.CollaborationNotes.Add(note);
        db.AuditEvents.Add(new AuditEventRow
        {
            CollaborationId = effect.CollaborationId,
            Actor = effect.Actor,
            ActorId = ActorIds.Of(turn),
            Action = "note.added",
            Detail = effect.Source,
            At = effect.At,
        });
    }
}
