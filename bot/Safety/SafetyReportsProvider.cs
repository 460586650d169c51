using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Turns;

namespace PartnershipBot.Safety;

/// <summary>
/// The user's own recent reports for <c>safety note</c>: loaded only when the typed line is a note, so the other
/// turns that read snapshots (list, status) pay no extra query.
/// </summary>
internal sealed class SafetyReportsProvider : ITurnInputsProvider
{
    private const int Recent = 10;

    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inputs);
        if (turn.Action is not null || !SafetyNoteCommand.IsNote(turn.Text))
        {
            return inputs;
        }

        var reports = await db.SafetyReports.AsNoTracking()
            .Where(r => r.UserChannel == turn.User.Channel && r.UserId == turn.User.Id && r.NoteOf == null)
            .OrderByDescending(r => r.ReceivedAt)
            .Take(Recent)
            .Select(r => new SafetyReportSummary(r.Reference, r.ReceivedAt))
            .ToListAsync(cancellationToken);
        return inputs.With(new SafetyReportsSnapshot(reports));
    }
}
