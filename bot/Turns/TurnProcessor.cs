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

        await RecordUserAsync(turn, delivery.Address, cancellationToken);
        await sender.SendAsync(replies, cancellationToken);
        TurnOutcome.Record(turn, replies, started);
        return replies;
    }

    /// <returns>The replies, or null when the delivery was already applied.</returns>
    private async Task<IReadOnlyList<Reply>?> RunAndSaveAsync(Turn turn, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            if (delivery.Key is { } seen && await AlreadyAppliedAsync(seen, cancellationToken))
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The cheap repeat check already needs the database: an outage here is answered like one in the turn.
            return await FailAsync(turn, ex, cancellationToken);
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            LoadedState? loaded = null;
            try
            {
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                loaded = await stateStore.LoadAsync(db, turn.Conversation.Key, cancellationToken);
                var inputs = await LoadInputsAsync(turn, db, cancellationToken);
                var result = runner.Run(turn, loaded.State, inputs);

                // One transaction for everything the turn writes; a conflict rolls the delivery id back with it.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var now = clock.GetUtcNow();
                if (delivery.Key is { } key && !await InboundKeys.TryInsertAsync(db, key, now, cancellationToken))
                {
                    // Another delivery of the same id committed while this one ran.
                    return null;
                }

                if (delivery.InboxId is { } inboxId)
                {
                    await InboxStore.MarkAppliedAsync(db, inboxId, now, delivery.Outbox?.Invoke(result.Replies), cancellationToken);
                }

                stateStore.Stage(db, loaded, result.State);
                await ApplyEffectsAsync(turn, result.Effects, db, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result.Replies;
            }
            catch (DbUpdateException ex) when (loaded is not null)
            {
                if (!await IsConflictAsync(ex, loaded, cancellationToken))
                {
                    return await FailAsync(turn, ex, cancellationToken);
                }

                TurnsLog.Conflict(logger, turn.Id, attempt);
                BotTelemetry.ETagRetries.Add(1, BotTelemetry.Channel(turn.User.Channel));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return await FailAsync(turn, ex, cancellationToken);
            }
        }

        TurnsLog.GaveUp(logger, turn.Id, MaxAttempts);
        return [new TextReply(TurnMessages.TooManyAtOnce)];
    }

    private async Task<bool> AlreadyAppliedAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InboundKeys.ExistsAsync(db, key, cancellationToken);
    }

    private async Task<bool> IsConflictAsync(DbUpdateException exception, LoadedState loaded, CancellationToken cancellationToken)
    {
        try
        {
            return await ConversationStateStore.IsConflictAsync(exception, loaded, contextFactory, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
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
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                var loaded = await stateStore.LoadAsync(db, turn.Conversation.Key, cancellationToken);
                stateStore.Stage(db, loaded, loaded.State.WithStackCleared());
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                TurnsLog.ResetFailed(logger, turn.Id, ex.GetType().Name, ex);
                return;
            }
        }
    }

    private async Task RecordUserAsync(Turn turn, ConversationAddress? address, CancellationToken cancellationToken)
    {
        var user = turn.User;
        try
        {
            await userDirectory.UpsertAsync(user.Channel, user.Id, user.DisplayName, user.TimeZone, user.Locale, cancellationToken);
            if (address is not null)
            {
                await addresses.UpsertAsync(address, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The directory and the address serve reminders; they must not cost the user their answer.
            TurnsLog.UserNotRecorded(logger, turn.Id, ex.GetType().Name, ex);
        }
    }
}
