using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Works the Slack inbox: each worker claims the oldest row whose user has nothing older unfinished, runs it,
/// and the turn marks it done with its state. Unfinished rows (a crash, a restart) come first because they are
/// oldest. On shutdown the workers keep draining until the inbox is empty or the host's shutdown timeout fires;
/// what is left stays in the inbox for the next start.
/// </summary>
public sealed class SlackInboxWorker(
    SlackInbox inbox,
    InboxStore store,
    DatabaseStatus database,
    IServiceScopeFactory scopes,
    IOptions<SlackOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<SlackInboxWorker> logger) : BackgroundService
{
    /// <summary>A row that failed this often is given up (logged) instead of blocking its user for ever.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    // Unique per process: a restarted process on the same host releases its predecessor's claims by the prefix.
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly CancellationTokenSource abort = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReceivesRequests)
        {
            // The channel is off (no signing secret, no Socket Mode): nothing from Slack is accepted, so nothing is worked either.
            return;
        }

        try
        {
            await database.Ready.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // SQLite serves one instance, so every claim in the file belongs to a process that is gone; on PostgreSQL only
        // this host's earlier processes are known dead, other instances' claims lapse with their lease.
        var released = await store.ReleaseAsync(storage.Value.Provider == StorageProvider.Sqlite ? "" : Environment.MachineName + "/", CancellationToken.None);
        var depth = await store.DepthAsync(CancellationToken.None);
        SlackLog.InboxAtStart(logger, depth.Waiting, Age(depth), released);
        BotTelemetry.SlackInboxDepth.Record(depth.Waiting);

        var workers = Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None));
        await Task.WhenAll([.. workers, Task.Run(() => HousekeepAsync(stoppingToken), CancellationToken.None)]);

        var left = await store.ReleaseAsync(owner, CancellationToken.None);
        depth = await store.DepthAsync(CancellationToken.None);
        if (depth.Waiting > 0)
        {
            SlackLog.LeftInInbox(logger, depth.Waiting, left);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host's shutdown timeout fires this token: abort running work then instead of holding the process.
        using var link = cancellationToken.Register(Abort);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        abort.Dispose();
        base.Dispose();
    }

    private void Abort()
    {
        try
        {
            abort.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // WebApplicationFactory can dispose the services before it stops the host; nothing is left to abort.
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!abort.IsCancellationRequested)
        {
            InboxRow? row;
            try
            {
                row = await store.ClaimAsync(owner, options.Value.InboxLease, abort.Token);
            }
            catch (Exception e) when (!abort.IsCancellationRequested)
            {
                SlackLog.InboxUnavailable(logger, e.GetType().Name, e);
                row = null;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (row is not null)
            {
                await RunAsync(row);
                continue;
            }

            if (stoppingToken.IsCancellationRequested)
            {
                // Draining at shutdown and nothing is left that this instance may take.
                return;
            }

            try
            {
                await inbox.WaitForArrivalAsync(IdlePoll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // Shutdown began: go round once more to drain.
            }
        }
    }

    private async Task RunAsync(InboxRow row)
    {
        try
        {
            var job = SlackInbox.Read(row.Payload);
            if (job is null)
            {
                SlackLog.InboxJobRefused(logger, row.Id, row.Kind);
            }
            else if (row.Attempts > MaxAttempts)
            {
                SlackLog.InboxGaveUp(logger, row.Id, row.Kind, row.Attempts);
            }
            else
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SlackInboxRunner>().RunAsync(row, job, abort.Token);
            }

            // Turns mark their row done with their state; this covers work that is not a turn and failed turns.
            await store.MarkDoneAsync(row.Id, CancellationToken.None);
        }
        catch (Exception e) when (!abort.IsCancellationRequested)
        {
            // The claim lapses after its lease and the row is tried again (up to MaxAttempts).
            SlackLog.WorkFailed(logger, e);
        }
        catch (Exception)
        {
            // Aborted at the shutdown timeout: the row stays in the inbox.
        }
    }

    private async Task HousekeepAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.InboxReportInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                var depth = await store.DepthAsync(stoppingToken);
                SlackLog.InboxDepth(logger, depth.Waiting, Age(depth));
                BotTelemetry.SlackInboxDepth.Record(depth.Waiting);
                var pruned = await store.PruneAsync(clock.GetUtcNow() - storage.Value.DedupeRetention, stoppingToken);
                if (pruned > 0)
                {
                    SlackLog.InboxPruned(logger, pruned);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                SlackLog.InboxUnavailable(logger, e.GetType().Name, e);
            }
        }
    }

    private TimeSpan Age(InboxDepth depth) => depth.OldestArrival is { } oldest ? clock.GetUtcNow() - oldest : TimeSpan.Zero;
}
