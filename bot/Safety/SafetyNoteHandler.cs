using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Turns;

namespace PartnershipBot.Safety;

/// <summary>
/// Stages the user's note as a report of its own (kind "note", pointing at the report it is about), so the same
/// sender delivers it with the same lease, retries and escalation. Only a report of the same user takes a note.
/// </summary>
public sealed class SafetyNoteHandler(TimeProvider clock) : EffectHandler<AddSafetyNote>
{
    public const string NoteKind = "note";

    protected override async Task ApplyAsync(AddSafetyNote effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var report = await db.SafetyReports.AsNoTracking()
            .Where(r => r.Reference == effect.Reference && r.UserChannel == turn.User.Channel && r.UserId == turn.User.Id)
            .Select(r => new { r.CollaborationId, r.QuestionId })
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            // The dialogs offered only the user's own references; another one here is a bug, not a note to store.
            throw new InvalidOperationException("A safety note names a report that is not the user's.");
        }

        var reference = SafetyReferences.New(turn.Timestamp);
        var note = SafetyReportHandler.NewRow(turn, clock.GetUtcNow(), reference, effect.Text, NoteKind, $"note on {effect.Reference}", report.CollaborationId, report.QuestionId);
        note.NoteOf = effect.Reference;
        db.SafetyReports.Add(note);
    }
}
