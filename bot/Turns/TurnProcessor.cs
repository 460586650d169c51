using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Storage;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Turns;

/// <summary>
/// One turn: load state (ETag) -> snapshots -> pure runner -> one transaction (delivery id, state, effects, inbox
/// row done) -> send. Turns of one conversation are serialised in this process; the ETag protects against other
/// instances. Replies go out only after the save, so a lost race never sends two answers; the delivery id commits
/// with the state, so a redelivery is skipped only when the first delivery really took effect.
/// </summary>
public sealed class TurnProcessor(
    IDbContextFactory<BotDbContext> contextFactory,
    ConversationStateStore stateStore,
    ITurnWriter writer,
    RecentDeliveries recentDeliveries,
    ITurnRunner runner,
    IEnumerable<ITurnInputsProvider> inputsProviders,
    IEnumerable<IEffectHandler> effectHandlers,
    IUserDirectory userDirectory,
    IConversationAddressStore addresses,
    KeyedAsyncLock conversationLocks,
    TimeProvider clock,
    ILogger<TurnProcessor> logger) : ITurnProcessor
{
    public const int MaxAttempts = 3;

    private readonly ITurnInputsProvider[] providers = [.. inputsProviders];
    private readonly IEffectHandler[] handlers = [.. effectHandlers];

    public async Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(delivery);

        using var activity = BotTelemetry.Source.StartActivity("turn");
        var started = Stopwatch.GetTimestamp();

        // Sending inside the lock keeps a conversation's replies in the order its state changed.
        using var held = await conversationLocks.AcquireAsync(turn.Conversation.Key, cancellationToken);
        var replies = await RunAndSaveAsync(turn, delivery, cancellationToken);
        if (replies is null)
        {
            TurnsLog.Repeat(logger, turn.Id);
            return [];
        }

        await sender.SendAsync(replies, cancellationToken);
        TurnOutcome.Record(turn, replies, started);
        return replies;
    }

    /// <returns>The replies, or null when the delivery was already applied.</returns>
    private async Task<IReadOnlyList<Reply>?> RunAndSaveAsync(Turn turn, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        // A known repeat costs nothing; an unknown one runs and is caught by the insert in the transaction.
        if (delivery.Key is { } seen && recentDeliveries.Contains(seen))
        {
            return null;
        }

        var key = turn.Conversation.Key;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                LoadedState loaded;
                TurnInputs inputs;
                await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
                {
                    // One pooled connection for all the reads, instead of EF taking and returning one per query.
                    await db.Database.OpenConnectionAsync(cancellationToken);
                    loaded = await stateStore.LoadAsync(db, key, cancellationToken);
                    inputs = await LoadInputsAsync(turn, db, cancellationToken);
                }

                var result = runner.Run(turn, loaded.State, inputs);
                var write = new TurnWrite(this, stateStore, clock, logger, turn, delivery, loaded, result)
                {
                    // The directory and the address serve reminders: written with the turn when they changed.
                    Recording = [userDirectory.Prepare(turn.User.Channel, turn.User.Id, turn.User.DisplayName, turn.User.TimeZone, turn.User.Locale),
                        delivery.Address is { } address ? addresses.Prepare(address) : null],
                };

                // One transaction for everything the turn writes (on SQLite shared with the turns committing at the
                // same moment, each in its own savepoint); a conflict rolls the delivery id back with it.
                if (await writer.WriteAsync(write.RunAsync, cancellationToken))
                {
                    stateStore.Remember(write.Saved!);
                    write.Committed();
                    if (delivery.Key is { } applied)
                    {
                        recentDeliveries.Add(applied);
                    }

                    return result.Replies;
                }

                if (write.Repeat)
                {
                    // Another delivery of the same id committed while this one ran (or before a restart).
                    return null;
                }

                stateStore.Forget(key);
                TurnsLog.Conflict(logger, turn.Id, attempt);
                BotTelemetry.ETagRetries.Add(1, BotTelemetry.Channel(turn.User.Channel));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                stateStore.Forget(key);
                return await FailAsync(turn, ex, cancellationToken);
            }
        }

        TurnsLog.GaveUp(logger, turn.Id, MaxAttempts);
        return [new TextReply(TurnMessages.TooManyAtOnce)];
    }

    /// <summary>The write phase of one attempt, run by the <see cref="ITurnWriter"/> inside the transaction.</summary>
    private sealed class TurnWrite(TurnProcessor processor, ConversationStateStore stateStore, TimeProvider clock, ILogger logger, Turn turn, TurnDelivery delivery, LoadedState loaded, TurnResult result)
    {
        public bool Repeat { get; private set; }

        public LoadedState? Saved { get; private set; }

        public PendingWrite?[] Recording { get; init; } = [];

        private bool recorded;

        public void Committed()
        {
            if (recorded)
            {
                Array.ForEach(Recording, w => w?.Committed());
            }
        }

        public async Task<bool> RunAsync(BotDbContext db, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            if (delivery.Key is { } key && !await InboundKeys.TryInsertAsync(db, key, now, cancellationToken))
            {
                Repeat = true;
                return false;
            }

            // The state first: a lost race is found before any effect is staged.
            Saved = await stateStore.TrySaveAsync(db, loaded, result.State, cancellationToken);
            if (Saved is null)
            {
                return false;
            }

            if (delivery.InboxId is { } inboxId)
            {
                await InboxStore.MarkAppliedAsync(db, inboxId, now, delivery.Outbox?.Invoke(result.Replies), cancellationToken);
            }

            if (result.Effects.Count > 0)
            {
                await processor.ApplyEffectsAsync(turn, result.Effects, db, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (Array.Exists(Recording, w => w is not null))
            {
                recorded = await RecordUserAsync(db, cancellationToken);
            }

            return true;
        }

        /// <summary>In a savepoint of its own: recording the user must not cost the user their answer.</summary>
        private async Task<bool> RecordUserAsync(BotDbContext db, CancellationToken cancellationToken)
        {
            const string Savepoint = "record_user";
            var transaction = db.Database.CurrentTransaction!;
            await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            try
            {
                foreach (var write in Recording)
                {
                    if (write is not null)
                    {
                        await write.WriteAsync(db, cancellationToken);
                    }
                }

                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                TurnsLog.UserNotRecorded(logger, turn.Id, ex.GetType().Name, ex);
                return false;
            }
        }
    }

    private async Task<IReadOnlyList<Reply>> FailAsync(Turn turn, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailures.IsUnavailable(exception))
        {
            // An outage, not a bug: the state was not saved, so there is nothing to reset; the user sends again.
            TurnsLog.DatabaseUnavailable(logger, turn.Id, exception.GetType().Name);
            return [new TextReply(TurnMessages.TryAgainShortly)];
        }

        TurnsLog.TurnFailed(logger, turn.Id, exception.GetType().Name, exception);
        await ResetStackAsync(turn, cancellationToken);
        return [new TextReply(TurnMessages.SomethingWentWrong)];
    }

    private async Task<TurnInputs> LoadInputsAsync(Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var inputs = TurnInputs.Empty;
        foreach (var provider in providers)
        {
            inputs = await provider.LoadAsync(turn, db, inputs, cancellationToken);
        }

        return inputs;
    }

    private async Task ApplyEffectsAsync(Turn turn, IReadOnlyList<Effect> effects, BotDbContext db, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            var handler = Array.Find(handlers, h => h.CanHandle(effect))
                ?? throw new InvalidOperationException($"No effect handler is registered for {effect.GetType().Name}.");
            await handler.ApplyAsync(effect, turn, db, cancellationToken);
        }
    }

    /// <summary>
    /// After a failed turn: keep what the user already gave but drop the dialog stack, so the next message starts
    /// cleanly instead of hitting the same failure. Best effort: if even this fails, the apology still goes out.
    /// </summary>
    private async Task ResetStackAsync(Turn turn, CancellationToken cancellationToken)
    {
        var key = turn.Conversation.Key;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                LoadedState loaded;
                await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
                {
                    stateStore.Forget(key);
                    loaded = await stateStore.LoadAsync(db, key, cancellationToken);
                }

                LoadedState? saved = null;
                if (await writer.WriteAsync(async (db, ct) => (saved = await stateStore.TrySaveAsync(db, loaded, loaded.State.WithStackCleared(), ct)) is not null, cancellationToken))
                {
                    stateStore.Remember(saved!);
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                TurnsLog.ResetFailed(logger, turn.Id, ex.GetType().Name, ex);
                return;
            }
        }
    }
}
