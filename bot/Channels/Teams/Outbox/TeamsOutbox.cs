using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Keeps a Teams turn's replies until they are out (see <see cref="TeamsOutboxRow"/>). The first delivery writes
/// them in its transaction, claimed by this process for <see cref="Lease"/>, and marks them sent after the send.
/// A redelivery that finds them unsent sends them, when nobody alive can still be sending them: the claim has
/// lapsed, or it belongs to a process known to be gone (on SQLite, which serves one instance, any other process;
/// on PostgreSQL, an earlier process of this machine). At least once, in the rare case of a lapsed claim whose owner
/// is still sending; never silence.
/// </summary>
internal sealed class TeamsOutbox(IDbContextFactory<BotDbContext> contexts, IOptions<StorageOptions> storage, TimeProvider clock, ILogger<TeamsOutbox> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly string MachinePrefix = Environment.MachineName + "/";
    private readonly string owner = $"{MachinePrefix}{Environment.ProcessId}/{Guid.NewGuid():N}";
    private long nextPrune;

    /// <summary>What the turn writes in its transaction: the replies as <paramref name="sender"/> would post them.</summary>
    public ITurnReceipt ReceiptFor(string key, TeamsReplySender sender) => new Receipt(this, key, sender);

    public async Task MarkSentAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.TeamsOutbox.Where(r => r.Key == key && r.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, now).SetProperty(r => r.ClaimedBy, (string?)null), cancellationToken);
        await PruneNowAndThenAsync(db, now, cancellationToken);
    }

    /// <summary>For a redelivered activity: sends the replies its first delivery saved but never confirmed sent.</summary>
    /// <returns>How many activities were sent (0 when there was nothing owed, or someone alive holds the claim).</returns>
    public async Task<int> ResendAsync(string key, ITeamsConnector connector, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var deadOwners = storage.Value.Provider == StorageProvider.Sqlite ? "" : MachinePrefix;
        var claimed = await db.TeamsOutbox
            .Where(r => r.Key == key && r.SentAt == null
                && (r.ClaimedBy == null || r.ClaimedUntil < now || (r.ClaimedBy != owner && r.ClaimedBy.StartsWith(deadOwners))))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, owner).SetProperty(r => r.ClaimedUntil, now + Lease), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var row = await db.TeamsOutbox.AsNoTracking().SingleAsync(r => r.Key == key, cancellationToken);
        var activities = JsonSerializer.Deserialize<List<Activity>>(row.Activities, TeamsJson.Options) ?? [];
        foreach (var activity in activities)
        {
            await connector.SendToConversationAsync(row.ServiceUrl, row.ConversationId, activity, cancellationToken);
        }

        await MarkSentAsync(key, cancellationToken);
        TeamsLog.OutboxResent(logger, activities.Count);
        return activities.Count;
    }

    private async Task PruneNowAndThenAsync(BotDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // At most once an hour per process: a table-wide delete after every turn would cost more than it saves.
        var due = Interlocked.Read(ref nextPrune);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextPrune, (now + TimeSpan.FromHours(1)).UtcTicks, due) != due)
        {
            return;
        }

        var cutoff = now - storage.Value.DedupeRetention;
        await db.TeamsOutbox.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>True when the receipt wrote replies to keep (a turn that changed nothing writes none: nothing to mark sent).</summary>
    public static bool Kept(ITurnReceipt? receipt) => receipt is Receipt { Written: true };

    private sealed class Receipt(TeamsOutbox outbox, string key, TeamsReplySender sender) : ITurnReceipt
    {
        private const string InsertSql = """
            INSERT INTO teams_outbox ("Key", "ServiceUrl", "ConversationId", "Activities", "ClaimedBy", "ClaimedUntil", "CreatedAt", "SentAt")
            VALUES (@key, @serviceUrl, @conversation, @activities, @owner, @until, @at, NULL) ON CONFLICT DO NOTHING
            """;

        public bool Written { get; private set; }

        // A turn that changed nothing commits nothing: were it redelivered, it is simply answered again.
        public bool NeededWhenNothingChanged => false;

        public async Task WriteAsync(TurnTransaction turn, IReadOnlyList<Reply> replies, DateTimeOffset at, CancellationToken cancellationToken)
        {
            if (replies.Count == 0)
            {
                return;
            }

            var activities = JsonSerializer.Serialize(replies.Select(sender.Outgoing).ToList(), TeamsJson.Options);
            await turn.ExecuteAsync(InsertSql, cancellationToken,
                ("@key", key), ("@serviceUrl", sender.ServiceUrl), ("@conversation", sender.ConversationId), ("@activities", activities),
                ("@owner", outbox.owner), ("@until", turn.Instant(at + Lease)), ("@at", turn.Instant(at)));
            Written = true;
        }
    }
}
