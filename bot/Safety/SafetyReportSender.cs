using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Safety;

/// <summary>
/// Delivers recorded reports to pharmacovigilance (Safety:Contact). Each report is claimed with a lease before the
/// send (a conditional update only one sender wins), marked delivered after it; a failed try is retried with a
/// doubling delay, and after Safety:MaxAttempts tries, or at once when the target refuses for good, the report
/// goes to the compliance contact (Reminders:Compliance) instead. A crash between the send and the mark leaves the
/// lease to run out: the report is sent again then, never lost.
/// </summary>
public sealed class SafetyReportSender(
    IDbContextFactory<BotDbContext> contextFactory,
    IEnumerable<ISafetyReportChannel> channels,
    SafetyMessages messages,
    IOptions<SafetyOptions> options,
    IOptionsMonitor<SafetyContact> contacts,
    TimeProvider clock,
    ILogger<SafetyReportSender> logger)
{
    /// <summary>The options name under which Reminders:Compliance is read as a <see cref="SafetyContact"/>.</summary>
    public const string ComplianceContact = "compliance";

    private const int BatchSize = 20;
    private readonly Dictionary<string, ISafetyReportChannel> byName = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);

    /// <returns>How many reports were delivered to pharmacovigilance.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await LeasedOutbox.DueAsync(db.SafetyReports, SafetyReportStatus.Pending, now, r => r.ReceivedAt, BatchSize, cancellationToken);
        }

        var delivered = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryClaimAsync(id, now, cancellationToken) is { } report)
            {
                delivered += await DeliverAsync(report, cancellationToken) ? 1 : 0;
            }
        }

        return delivered;
    }

    private async Task<SafetyReportRow?> TryClaimAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LeasedOutbox.ClaimAsync(db.SafetyReports, id, SafetyReportStatus.Pending, now, now + options.Value.Lease, cancellationToken);
    }

    private async Task<bool> DeliverAsync(SafetyReportRow report, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var contact = settings.Contact;
        var result = contact.IsConfigured
            ? await SendAsync(contact, messages.Report(report), cancellationToken)
            : new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, "no pharmacovigilance contact is configured (Safety:Contact)");
        var now = clock.GetUtcNow();
        if (result.Outcome == SafetyDeliveryOutcome.Delivered)
        {
            await UpdateAsync(report.Id, r => r with { Status = SafetyReportStatus.Delivered, DeliveredAt = now, DeliveredTo = contact.Describe(), LastError = null }, cancellationToken);
            SafetyLog.Delivered(logger, report.Reference, report.Attempts);
            return true;
        }

        var error = result.Error ?? "unknown error";
        if (result.Outcome == SafetyDeliveryOutcome.RetryLater && report.Attempts < settings.MaxAttempts)
        {
            var next = now + LeasedOutbox.RetryDelay(report.Attempts, settings.FirstRetryDelay, settings.MaxRetryDelay);
            await UpdateAsync(report.Id, r => r with { NextAttemptAt = next, LastError = error }, cancellationToken);
            SafetyLog.Retry(logger, report.Reference, report.Attempts, error, next);
            return false;
        }

        await EscalateAsync(report, error, cancellationToken);
        return false;
    }

    private async Task EscalateAsync(SafetyReportRow report, string error, CancellationToken cancellationToken)
    {
        var compliance = contacts.Get(ComplianceContact);
        var escalation = compliance.IsConfigured
            ? await SendAsync(compliance, messages.Report(report, error, Languages.For(compliance.Language)), cancellationToken)
            : new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, "no compliance contact is configured (Reminders:Compliance)");
        var now = clock.GetUtcNow();
        if (escalation.Outcome == SafetyDeliveryOutcome.Delivered)
        {
            await UpdateAsync(report.Id, r => r with { Status = SafetyReportStatus.Escalated, EscalatedAt = now, DeliveredTo = compliance.Describe(), LastError = error }, cancellationToken);
            SafetyLog.Escalated(logger, report.Reference, error);
        }
        else
        {
            await UpdateAsync(report.Id, r => r with { Status = SafetyReportStatus.Undeliverable, LastError = $"{error}; escalation: {escalation.Error}" }, cancellationToken);
            SafetyLog.Undeliverable(logger, report.Reference, error, escalation.Error ?? "unknown error");
        }
    }

    private async Task<SafetyDelivery> SendAsync(SafetyContact contact, IReadOnlyList<PartnershipBot.Dialogs.Reply> report, CancellationToken cancellationToken)
    {
        if (!byName.TryGetValue(contact.Channel!, out var channel))
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, $"the {contact.Channel} channel is not enabled on this host");
        }

        try
        {
            return await channel.SendAsync(contact, report, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.RetryLater, $"{contact.Channel} failed ({e.GetType().Name})");
        }
    }

    /// <summary>The outcome, and the lease released; only while this sender still holds the report (its lease).</summary>
    private async Task UpdateAsync(Guid id, Func<Outcome, Outcome> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.SafetyReports.SingleAsync(r => r.Id == id, cancellationToken);
        var o = change(new Outcome(row.Status, row.NextAttemptAt, row.LastError, row.DeliveredAt, row.DeliveredTo, row.EscalatedAt));
        row.Status = o.Status;
        row.NextAttemptAt = o.NextAttemptAt;
        row.LastError = o.LastError is { Length: > 300 } tooLong ? tooLong[..300] : o.LastError;
        row.DeliveredAt = o.DeliveredAt;
        row.DeliveredTo = o.DeliveredTo;
        row.EscalatedAt = o.EscalatedAt;
        row.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Outcome(string Status, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt, string? DeliveredTo, DateTimeOffset? EscalatedAt);
}
