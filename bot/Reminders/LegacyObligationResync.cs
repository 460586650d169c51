using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;

namespace PartnershipBot.Reminders;

/// <summary>
/// Collaborations submitted before disclosure rules were kept per country and partner type still carry an open
/// annual disclosure under the old key ("annual_disclosure:YEAR"), which gave every country the ABPI date. Once
/// the schema is migrated (once: a data repair), each such collaboration's obligations are worked out again from its stored answers with
/// today's pack: the old rows are withdrawn (kept, with their history) and the per-country ones added, as an edit
/// would. Only collaborations with such a row are touched.
/// </summary>
internal sealed class LegacyObligationResync(
    IDbContextFactory<BotDbContext> contexts,
    ObligationSync sync,
    TimeProvider clock) : IDataRepair
{
    public const string LegacyKeyPrefix = "annual_disclosure:";
    public const string Actor = "PartnershipBot (rules update)";

    public string Id => "2026-10-per-country-annual-disclosures";

    public Task<int> RunAsync(CancellationToken cancellationToken) => ResyncAllAsync(cancellationToken);

    /// <returns>How many collaborations were brought up to date.</returns>
    public async Task<int> ResyncAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.Obligations.AsNoTracking()
                .Where(o => o.Key.StartsWith(LegacyKeyPrefix) && o.Status == ObligationStatus.Open)
                .Select(o => o.CollaborationId)
                .Distinct()
                .ToListAsync(cancellationToken);
        }

        foreach (var id in ids)
        {
            await ResyncAsync(id, cancellationToken);
        }

        return ids.Count;
    }

    private async Task ResyncAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Collaborations.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        var answers = PartnershipWorkspaceProvider.ToAnswers(
            await db.Answers.AsNoTracking().Where(a => a.CollaborationId == id).ToListAsync(cancellationToken));
        var timeZone = await db.Obligations.AsNoTracking()
            .Where(o => o.CollaborationId == id && o.TimeZone != null)
            .Select(o => o.TimeZone)
            .FirstOrDefaultAsync(cancellationToken);
        var owner = new ReminderOwner(row.CreatedByChannel, row.CreatedByUserId, row.CreatedByName, timeZone);
        await sync.SyncAsync(db, id, answers, owner, Actor, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
