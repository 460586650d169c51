using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Safety;

/// <summary>The reports as compliance reads them (newest first), and marking one received by pharmacovigilance.</summary>
public sealed class SafetyReportQueries(IDbContextFactory<BotDbContext> contextFactory, TimeProvider clock, ILogger<SafetyReportQueries> logger)
{
    public const int MaxListed = 500;

    public async Task<IReadOnlyList<SafetyReportRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SafetyReports.AsNoTracking().OrderByDescending(r => r.ReceivedAt).Take(MaxListed).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Marks a report received by pharmacovigilance: the one method behind the dashboard's form and the cards'
    /// buttons (<see cref="SafetyReceipts"/> checks who may click first). The first mark stands; a later one changes
    /// nothing and is told who marked it.
    /// </summary>
    /// <param name="byId">Who, stably (<c>channel:userId</c>, or <c>dashboard:...</c>).</param>
    /// <param name="byName">Who, as a person reads it.</param>
    public async Task<SafetyAcknowledgement> AcknowledgeAsync(string reference, string byId, string? byName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        var now = clock.GetUtcNow();
        var id = Cut(byId, 300);
        var name = Cut(string.IsNullOrWhiteSpace(byName) ? byId : byName, 200);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // One conditional update: of two clicks at the same moment exactly one is the first.
        var marked = await db.SafetyReports
            .Where(r => r.Reference == reference && r.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgedAt, now).SetProperty(r => r.AcknowledgedBy, name).SetProperty(r => r.AcknowledgedById, id), cancellationToken);
        var report = await db.SafetyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (report is null)
        {
            return new SafetyAcknowledgement(SafetyAcknowledgementOutcome.NotFound);
        }

        if (marked == 1)
        {
            SafetyLog.Acknowledged(logger, reference, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..12]);
            return new SafetyAcknowledgement(SafetyAcknowledgementOutcome.Marked, report);
        }

        return new SafetyAcknowledgement(SafetyAcknowledgementOutcome.AlreadyMarked, report);
    }

    /// <summary>How long from the message to its delivery (or escalation), or null while it waits.</summary>
    public static TimeSpan? TimeToDelivery(SafetyReportRow report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return (report.DeliveredAt ?? report.EscalatedAt) is { } at ? at - report.ReceivedAt : null;
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
