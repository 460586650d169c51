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

    /// <returns>False when there is no such report or it was marked received already (the first mark stands).</returns>
    public async Task<bool> AcknowledgeAsync(string reference, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var now = clock.GetUtcNow();
        var name = by.Length > 200 ? by[..200] : by;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var marked = await db.SafetyReports
            .Where(r => r.Reference == reference && r.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgedAt, now).SetProperty(r => r.AcknowledgedBy, name), cancellationToken);
        if (marked == 1)
        {
            SafetyLog.Acknowledged(logger, reference, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..12]);
        }

        return marked == 1;
    }

    /// <summary>How long from the message to its delivery (or escalation), or null while it waits.</summary>
    public static TimeSpan? TimeToDelivery(SafetyReportRow report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return (report.DeliveredAt ?? report.EscalatedAt) is { } at ? at - report.ReceivedAt : null;
    }
}
