using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Turns;

/// <summary>
/// One turn: load state (ETag; kept in memory after a save) -> snapshots -> pure runner -> one transaction through
/// the <see cref="ITurnWriter"/> (delivery id, state, effects, inbox row applied, user and address; on SQLite a
/// savepoint in a group commit) -> send. Turns of one conversation are serialised in this process; the ETag
/// protects against other instances. Replies go out only after the save, so a lost race never sends two answers; the delivery id commits
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
    IEnumerable<ITurnCheck> turnChecks,
    IUserDirectory userDirectory,
    UserLanguages languages,
    IConversationAddressStore addresses,
    KeyedAsyncLock conversationLocks,
    TimeProvider clock,
    IOptions<SpeedOptions> speed,
    ILogger<TurnProcessor> logger) : ITurnProcessor
{
    public const int MaxAttempts = 3;

    private readonly ITurnInputsProvider[] providers = [.. inputsProviders];
    private readonly IEffectHandler[] handlers = [.. effectHandlers];
    private readonly ITurnCheck[] checks = [.. turnChecks];
    private readonly bool snapshotRerun = speed.Value.SnapshotRerun;
    private readonly bool readOnlyFromMemory = speed.Value.ReadOnlyFromMemory;

    public async Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(delivery);

        using var activity = BotTelemetry.Source.StartActivity("turn");
        var started = Stopwatch.GetTimestamp();

        // Sending inside the lock keeps a conversation's replies in the order its state changed.
        using var held = await conversationLocks.AcquireAsync(turn.Conversation.Key, cancellationToken);

        // The person's own choice of language wins over the channel's locale (Turn.Culture).
        turn = turn with { Language = await languages.GetAsync(turn.User.Channel, turn.User.Id, cancellationToken) };
        sender.UseCulture(turn.Culture);
        if (await RunAndSaveAsync(turn, delivery, cancellationToken) is not var (replies, outcome))
        {
            TurnsLog.Repeat(logger, turn.Id);
            return [];
        }

        await sender.SendAsync(replies, cancellationToken);
        TurnOutcomes.Record(turn, outcome, started);
        return replies;
    }

    /// <returns>The replies, or null when the delivery was already applied.</returns>
    private async Task<(IReadOnlyList<Reply> Replies, TurnOutcome Outcome)?> RunAndSaveAsync(Turn turn, TurnDelivery delivery, CancellationToken cancellationToken)
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
                var (loaded, ran) = await LoadAndRunAsync(turn, key, cancellationToken);
                var result = Check(turn, loaded.State, ran);

                // The directory and the address serve reminders: written with the turn when they changed.
                PendingWrite?[] recording = [userDirectory.Prepare(turn.User.Channel, turn.User.Id, turn.User.DisplayName, turn.User.TimeZone, turn.User.Locale),
                    delivery.Address is { } address ? addresses.Prepare(address) : null];
                var unchanged = ChangesNothing(loaded, result, delivery, recording, out var stateJson);
                if (unchanged && !await stateStore.IsCurrentAsync(loaded, cancellationToken))
                {
                    // Another instance saved the conversation since this one cached it: answer from the fresh state.
                    stateStore.Forget(key);
                    continue;
                }

                if (unchanged)
                {
                    // Help, list, status: nothing to commit, so no transaction. The state read or cached stays
                    // as it is (another instance's later write still fails this one's next ETag check), and a
                    // redelivery to this instance is skipped; one after a restart is answered again, harmlessly.
                    stateStore.Remember(loaded);
                    if (delivery.Key is { } read)
                    {
                        recentDeliveries.Add(read);
                    }

                    return (result.Replies, TurnOutcome.Ok);
                }

                var write = new TurnWrite(stateStore, clock, logger, turn, delivery, loaded, result, (db, ct) => ApplyEffectsAsync(turn, result.Effects, db, ct))
                {
                    Recording = recording,
                    StateJson = stateJson,
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

                    return (result.Replies, TurnOutcome.Ok);
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
        return ([new TextReply(TurnMessages.TooManyAtOnce(turn.Culture))], TurnOutcome.GaveUp);
    }

    /// <summary>
    /// True when the turn would write nothing new: no effects, no channel receipt, no user or address change, and
    /// the new state's text is the row's (a command that only reads). The text made here is reused by the save.
    /// </summary>
    private bool ChangesNothing(LoadedState loaded, TurnResult result, TurnDelivery delivery, PendingWrite?[] recording, out string? stateJson)
    {
        stateJson = null;
        if (!readOnlyFromMemory || result.Effects.Count > 0 || delivery.Receipt is { NeededWhenNothingChanged: true } || loaded.Json is not { } before
            || !Array.TrueForAll(recording, w => w is null))
        {
            return false;
        }

        stateJson = result.State.ToJson();
        return string.Equals(stateJson, before, StringComparison.Ordinal);
    }

    /// <summary>
    /// The features' checks on the dialogs' result (the safety check): what they add commits with the turn. A
    /// check that throws costs the user nothing; it is logged, and the turn goes on without its addition.
    /// </summary>
    private TurnResult Check(Turn turn, ConversationState before, TurnResult result)
    {
        foreach (var check in checks)
        {
            try
            {
                if (check.Check(turn, before, result) is { } addition)
                {
                    result = addition.AddTo(result);
                }
            }
            catch (Exception ex)
            {
                TurnsLog.CheckFailed(logger, turn.Id, check.GetType().Name, ex);
            }
        }

        return result;
    }

    private async Task<(IReadOnlyList<Reply> Replies, TurnOutcome Outcome)> FailAsync(Turn turn, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailures.IsUnavailable(exception))
        {
            // An outage, not a bug: the state was not saved, so there is nothing to reset; the user sends again.
            TurnsLog.DatabaseUnavailable(logger, turn.Id, exception.GetType().Name);
            return ([new TextReply(TurnMessages.TryAgainShortly(turn.Culture))], TurnOutcome.Unavailable);
        }

        TurnsLog.TurnFailed(logger, turn.Id, exception.GetType().Name, exception);
        await ResetStackAsync(turn, cancellationToken);
        return ([new TextReply(TurnMessages.SomethingWentWrong(turn.Culture))], TurnOutcome.Failed);
    }

    /// <summary>
    /// Runs the turn on its state, first without the snapshots (most turns read none); only a run that asked for
    /// one loads them and runs again, which the pure runner makes safe.
    /// </summary>
    private async Task<(LoadedState Loaded, TurnResult Result)> LoadAndRunAsync(Turn turn, string key, CancellationToken cancellationToken)
    {
        // A context only when the database is read: a turn whose state is in memory and that reads no snapshot
        // (help, an interview answer) sets up no EF at all before its write.
        BotDbContext? db = null;
        try
        {
            var loaded = stateStore.Cached(key)
                ?? await stateStore.LoadAsync(db = await contextFactory.CreateDbContextAsync(cancellationToken), key, cancellationToken);
            return await RunAsync(turn, loaded, () => db ??= contextFactory.CreateDbContext(), cancellationToken);
        }
        finally
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }
    }

    private async Task<(LoadedState Loaded, TurnResult Result)> RunAsync(Turn turn, LoadedState loaded, Func<BotDbContext> context, CancellationToken cancellationToken)
    {
        // With Speed:SnapshotRerun off (a bench switch), every turn loads the snapshots and runs once.
        if (snapshotRerun)
        {
            var deferred = TurnInputs.Deferred();
            try
            {
                var result = runner.Run(turn, loaded.State, deferred);
                if (!deferred.Missed)
                {
                    return (loaded, result);
                }
            }
            catch (Exception) when (deferred.Missed)
            {
                // A step that Require()s a snapshot throws without it; the run below, with the snapshots, decides.
            }
        }

        // One pooled connection for all the snapshot reads, instead of EF taking and returning one per query.
        var db = context();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var inputs = await LoadInputsAsync(turn, db, cancellationToken);
        return (loaded, runner.Run(turn, loaded.State, inputs));
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
                if (await writer.WriteAsync(async (tx, ct) => (saved = await stateStore.TrySaveAsync(tx, loaded, loaded.State.WithStackCleared(), ct)) is not null, cancellationToken))
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
